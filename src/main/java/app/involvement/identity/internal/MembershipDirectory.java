package app.involvement.identity.internal;

import app.involvement.identity.MembershipView;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.ProviderSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's memberships with the names of their providers (two queries, whatever the count). */
@Component
@Transactional(readOnly = true)
class MembershipDirectory {

    private final MembershipRepository memberships;
    private final ProviderService providers;

    MembershipDirectory(MembershipRepository memberships, ProviderService providers) {
        this.memberships = memberships;
        this.providers = providers;
    }

    List<MembershipView> of(Long userId) {
        List<Membership> own = memberships.findByUserIdOrderById(userId);
        Map<Long, ProviderSummary> names = providers.findAll(own.stream().map(Membership::getTenantId).toList())
                .stream().collect(Collectors.toMap(ProviderSummary::id, Function.identity()));
        return own.stream()
                .filter(m -> names.containsKey(m.getTenantId()))
                .map(m -> new MembershipView(m.getId(), m.getTenantId(), names.get(m.getTenantId()).name(), m.getRole()))
                .sorted(Comparator.comparing(MembershipView::providerName).thenComparing(MembershipView::role))
                .toList();
    }

    Optional<MembershipView> find(Long userId, Long membershipId) {
        return of(userId).stream().filter(m -> m.membershipId().equals(membershipId)).findFirst();
    }
}
