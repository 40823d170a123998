package app.involvement.tenancy.internal;

import app.involvement.shared.AuditEvent;
import app.involvement.shared.Language;
import app.involvement.tenancy.ProviderLanguage;
import app.involvement.tenancy.TenantContext;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultProviderLanguage implements ProviderLanguage {

    private final ProviderRepository providers;
    private final ApplicationEventPublisher events;

    DefaultProviderLanguage(ProviderRepository providers, ApplicationEventPublisher events) {
        this.providers = providers;
        this.events = events;
    }

    @Override
    public Language defaultOf(Long providerId) {
        return providerId == null ? Language.ENGLISH
                : providers.findById(providerId).map(Provider::getDefaultLanguage).orElse(Language.ENGLISH);
    }

    @Override
    @PreAuthorize("hasRole('LEAD')")
    public Language ownDefault() {
        return defaultOf(TenantContext.require());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public void changeDefault(Language language) {
        Objects.requireNonNull(language, "language");
        long tenantId = TenantContext.require();
        Provider provider = providers.findById(tenantId).orElseThrow();
        Language before = provider.getDefaultLanguage();
        provider.changeDefaultLanguage(language);
        var actor = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(new AuditEvent("PROVIDER_LANGUAGE_CHANGED", tenantId, actor == null ? null : actor.getName(),
                provider.getShortCode(), "default language " + before.code() + " -> " + language.code()));
    }
}
