package app.involvement.tenancy.internal;

import app.involvement.tenancy.ProviderSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    String SUMMARY = "select new app.involvement.tenancy.ProviderSummary(p.id, p.name, p.shortCode, p.contactName,"
            + " p.contactEmail, p.partnerTerm, p.createdAt) from Provider p";

    boolean existsByShortCode(String shortCode);

    Optional<Provider> findByShortCode(String shortCode);

    @Query(SUMMARY + " where p.id = :id")
    Optional<ProviderSummary> findSummary(Long id);

    @Query(SUMMARY + " where p.id in :ids order by p.name")
    List<ProviderSummary> findSummaries(Collection<Long> ids);

    @Query(SUMMARY)
    List<ProviderSummary> findPage(Pageable pageable);
}
