package app.involvement.payments.internal;

import app.involvement.payments.PaymentSettings;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentSettingsRepository extends JpaRepository<PaymentSettingsEntry, Long> {

    Optional<PaymentSettingsEntry> findFirstBy();

    /** The provider's settings, or the defaults before the lead saves any. */
    default PaymentSettings current() {
        return findFirstBy().map(PaymentSettingsEntry::settings).orElseGet(PaymentSettings::defaults);
    }
}
