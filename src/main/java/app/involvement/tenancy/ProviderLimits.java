package app.involvement.tenancy;

import app.involvement.shared.Limits;

/** Field limits of a provider, shared by the table, the form and the service. */
public final class ProviderLimits {

    public static final int NAME = 120;
    public static final int SHORT_CODE = 12;
    public static final String SHORT_CODE_PATTERN = "[A-Z0-9]{2,12}";
    public static final int CONTACT_NAME = Limits.PERSON_NAME;
    public static final int CONTACT_EMAIL = Limits.EMAIL;
    public static final int PARTNER_TERM = 60;

    private ProviderLimits() {
    }
}
