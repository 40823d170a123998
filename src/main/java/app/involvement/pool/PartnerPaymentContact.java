package app.involvement.pool;

import java.time.LocalDate;

/**
 * A partner as finance sees them: whom to pay, how to reach them, and whether they are active. Built in
 * the service, so access needs, staff notes, experience categories and status reasons never leave it.
 */
public record PartnerPaymentContact(Long id, String preferredName, String fullName, String email, String phone,
        String postcode, ContactPreference contactPreference, PartnerStatus status, LocalDate statusSince,
        PaymentChoice paymentChoice) {
}
