package app.involvement.privacy.internal;

import app.involvement.pool.MyProfile;
import app.involvement.pool.SensitiveDataViewed;
import app.involvement.privacy.PrivacyLimits;
import app.involvement.privacy.SensitiveLook;
import app.involvement.privacy.SensitiveLooks;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each staff look at a partner's sensitive information, in the transaction that showed it, and lists a partner's
 * own looks to them (found by their account, never by an id from the page).
 */
@Service
class DefaultSensitiveLooks implements SensitiveLooks {

    private final SensitiveLookRepository looks;
    private final MyProfile myProfile;

    DefaultSensitiveLooks(SensitiveLookRepository looks, MyProfile myProfile) {
        this.looks = looks;
        this.myProfile = myProfile;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SensitiveDataViewed viewed) {
        looks.save(new SensitiveLookEntry(viewed.partnerId(), viewed.staffEmail(), viewed.staffName(),
                viewed.staffRole(), viewed.section(), viewed.at()));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public List<SensitiveLook> mine(Pageable pageable) {
        Optional<Long> partner = myProfile.id();
        if (partner.isEmpty()) {
            return List.of();
        }
        int size = Math.min(Math.max(pageable.getPageSize(), 1), PrivacyLimits.PAGE_SIZE_MAX);
        int page = (int) (pageable.getOffset() / size);
        return looks.forPartner(partner.get(), PageRequest.of(page, size)).stream().map(SensitiveLookEntry::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARTNER')")
    public long countMine() {
        return myProfile.id().map(looks::countByPartnerId).orElse(0L);
    }
}
