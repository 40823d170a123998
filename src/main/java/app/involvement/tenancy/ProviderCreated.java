package app.involvement.tenancy;

/** A provider was onboarded; modules set up its defaults (published after the provider row exists). */
public record ProviderCreated(Long tenantId, String shortCode) {
}
