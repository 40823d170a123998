package app.involvement.tenancy.internal;

import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderCreated;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
class DefaultProviderService implements ProviderService {

    private final ProviderRepository providers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DefaultProviderService(ProviderRepository providers, Clock clock, ApplicationEventPublisher events) {
        this.providers = providers;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public ProviderSummary create(NewProvider p) {
        String code = p.shortCode().trim();
        if (providers.existsByShortCode(code)) {
            throw new DuplicateShortCodeException(code);
        }
        String term = p.partnerTerm() == null || p.partnerTerm().isBlank() ? null : p.partnerTerm().trim();
        var provider = new Provider(p.name().trim(), code, p.contactName().trim(),
                p.contactEmail().trim().toLowerCase(), term, clock.instant());
        if (p.defaultLanguage() != null) {
            provider.changeDefaultLanguage(p.defaultLanguage());
        }
        Provider saved = providers.save(provider);
        events.publishEvent(new ProviderCreated(saved.getId(), code));
        return providers.findSummary(saved.getId()).orElseThrow();
    }

    @Override
    public Optional<ProviderSummary> find(Long providerId) {
        return providerId == null ? Optional.empty() : providers.findSummary(providerId);
    }

    @Override
    public Optional<ProviderSummary> findByShortCode(String shortCode) {
        return providers.findByShortCode(shortCode).flatMap(p -> providers.findSummary(p.getId()));
    }

    @Override
    public List<ProviderSummary> findAll(Collection<Long> providerIds) {
        return providerIds.isEmpty() ? List.of() : providers.findSummaries(providerIds);
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<ProviderSummary> list(Pageable pageable) {
        return providers.findPage(pageable);
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public long count() {
        return providers.count();
    }
}
