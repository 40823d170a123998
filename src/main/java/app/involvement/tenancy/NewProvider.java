package app.involvement.tenancy;

import app.involvement.shared.Language;
import app.involvement.shared.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The details a platform admin enters to onboard a provider; no default language means English. */
public record NewProvider(
        @NotBlank @Size(max = ProviderLimits.NAME) String name,
        @NotBlank @Pattern(regexp = ProviderLimits.SHORT_CODE_PATTERN) String shortCode,
        @NotBlank @Size(max = ProviderLimits.CONTACT_NAME) String contactName,
        @NotBlank @Email @Size(max = Limits.EMAIL) String contactEmail,
        @Size(max = ProviderLimits.PARTNER_TERM) String partnerTerm,
        Language defaultLanguage) {

    public NewProvider(String name, String shortCode, String contactName, String contactEmail, String partnerTerm) {
        this(name, shortCode, contactName, contactEmail, partnerTerm, null);
    }
}
