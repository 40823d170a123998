package app.involvement.tenancy;

import app.involvement.shared.BusinessRuleException;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** Providers: onboarding and look-up. Provider metadata only, never provider data. */
public interface ProviderService {

    /**
     * Only the platform admin creates providers.
     *
     * @throws DuplicateShortCodeException when another provider already uses the short code
     */
    ProviderSummary create(@Valid NewProvider provider);

    Optional<ProviderSummary> find(Long providerId);

    Optional<ProviderSummary> findByShortCode(String shortCode);

    List<ProviderSummary> findAll(Collection<Long> providerIds);

    List<ProviderSummary> list(Pageable pageable);

    long count();

    class DuplicateShortCodeException extends BusinessRuleException {
        public DuplicateShortCodeException(String shortCode) {
            super("provider.short-code.taken", shortCode);
        }
    }
}
