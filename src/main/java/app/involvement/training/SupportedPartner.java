package app.involvement.training;

/** Who a partner support page is about: the partner's preferred and full name. */
public record SupportedPartner(Long id, String preferredName, String fullName) {
}
