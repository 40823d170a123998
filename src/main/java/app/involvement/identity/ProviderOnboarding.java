package app.involvement.identity;

import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderSummary;

/** A platform admin onboards a provider and invites its first involvement lead. */
public interface ProviderOnboarding {

    ProviderSummary onboard(NewProvider provider, String leadEmail);
}
