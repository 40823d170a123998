package app.involvement.training;

/** A partner's named staff contact (mentor or buddy) and how to reach them. */
public record NamedContact(Long staffUserId, String name, String email) {
}
