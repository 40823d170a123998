package app.involvement.pool;

/**
 * Who a partner record is and how they are reached: what an erasure must find and remove everywhere (DD047).
 * Values are as stored (any may be null or blank except the id and preferred name).
 */
public record PartnerIdentity(Long partnerId, Long userId, String preferredName, String fullName, String email,
        String phone, String postcode) {
}
