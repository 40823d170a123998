package app.involvement.pool.internal;

import app.involvement.pool.PartnerIdentities;
import app.involvement.pool.PartnerIdentity;
import app.involvement.shared.BackgroundOnly;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One read of the partner row, in the current provider (Hibernate's tenant filter). */
@Service
@Transactional(readOnly = true)
class DefaultPartnerIdentities implements PartnerIdentities {

    private final PartnerRepository partners;

    DefaultPartnerIdentities(PartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    public Optional<PartnerIdentity> find(Long partnerId) {
        BackgroundOnly.checkUnless("LEAD");
        return partners.findById(partnerId).map(p -> {
            var profile = p.profile(Set.of());
            return new PartnerIdentity(p.getId(), p.getUserId(), profile.preferredName(), profile.fullName(),
                    profile.email(), profile.phone(), profile.postcode());
        });
    }
}
