package app.involvement.payments.internal;

import app.involvement.payments.PaymentSettings;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The provider's payment settings (one row, made on first save; defaults until then). */
@Entity
@Table(name = "payment_settings")
class PaymentSettingsEntry extends TenantScopedEntity {

    @Column(name = "turnaround_days", nullable = false)
    private int turnaroundDays;

    @Column(name = "tax_year_threshold_pence")
    private Long taxYearThresholdPence;

    protected PaymentSettingsEntry() {
    }

    PaymentSettingsEntry(PaymentSettings settings) {
        change(settings);
    }

    void change(PaymentSettings settings) {
        turnaroundDays = settings.turnaroundDays();
        taxYearThresholdPence = settings.taxYearThresholdPence();
    }

    PaymentSettings settings() {
        return new PaymentSettings(turnaroundDays, taxYearThresholdPence);
    }
}
