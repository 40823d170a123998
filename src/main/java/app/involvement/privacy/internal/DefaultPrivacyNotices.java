package app.involvement.privacy.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.pool.MyProfile;
import app.involvement.privacy.NoticeVersion;
import app.involvement.privacy.PrivacyLimits;
import app.involvement.privacy.PrivacyNotices;
import app.involvement.shared.AuditEvent;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice in versions and the partners' confirmations. The gate asks {@link #mustConfirm} (two small queries); the
 * page remembers a clear answer for a minute, so most page changes cost nothing.
 */
@Service
@Transactional(readOnly = true)
class DefaultPrivacyNotices implements PrivacyNotices {

    static final String PUBLISHED = "PRIVACY_NOTICE_PUBLISHED";
    static final String CONFIRMED = "PRIVACY_NOTICE_CONFIRMED";

    private final NoticeVersionRepository versions;
    private final NoticeConfirmationRepository confirmations;
    private final CurrentUser currentUser;
    private final MyProfile myProfile;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultPrivacyNotices(NoticeVersionRepository versions, NoticeConfirmationRepository confirmations,
            CurrentUser currentUser, MyProfile myProfile, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.confirmations = confirmations;
        this.currentUser = currentUser;
        this.myProfile = myProfile;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'PARTNER')")
    public Optional<NoticeVersion> current() {
        return versions.newest().map(NoticeVersionEntry::view);
    }

    @Override
    @PreAuthorize("hasRole('LEAD')")
    public List<NoticeVersion> versions() {
        return versions.newestFirst(PageRequest.of(0, PrivacyLimits.VERSIONS_SHOWN)).stream()
                .map(NoticeVersionEntry::view).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('LEAD')")
    public NoticeVersion publish(String textEnglish, String textWelsh) {
        String english = checked(textEnglish, "privacy.error.english");
        String welsh = checked(textWelsh, "privacy.error.welsh");
        Long tenant = TenantContext.require();
        int number = versions.lastNumber() + 1;
        String lead = currentUser.require().email();
        var entry = versions.saveAndFlush(new NoticeVersionEntry(number, english, welsh,
                LocalDate.now(clock.withZone(UkFormats.UK_TIME)), lead, clock.instant()));
        events.publishEvent(new AuditEvent(PUBLISHED, tenant, lead, "privacy notice", "version " + number));
        return entry.view();
    }

    @Override
    public boolean mustConfirm() {
        Optional<PortalUser> user = currentUser.get().filter(u -> u.currentRole().orElse(null) == Role.PARTNER);
        Optional<Long> tenant = TenantContext.current();
        if (user.isEmpty() || tenant.isEmpty()) {
            return false;
        }
        int number = versions.lastNumber();
        return number > 0 && confirmations.findByUserIdAndNumber(user.get().userId(), number).isEmpty();
    }

    @Override
    @PreAuthorize("hasRole('PARTNER')")
    public Optional<Instant> confirmedAt() {
        return versions.newest().flatMap(v -> confirmations.findByUserIdAndNumber(currentUser.require().userId(),
                v.view().number())).map(NoticeConfirmation::getConfirmedAt);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('PARTNER')")
    public void confirm(int versionNumber) {
        if (versionNumber <= 0 || versionNumber != versions.lastNumber()) {
            throw new BusinessRuleException("privacy.error.not-current");
        }
        PortalUser user = currentUser.require();
        if (confirmations.findByUserIdAndNumber(user.userId(), versionNumber).isPresent()) {
            return;
        }
        Long partnerId = myProfile.id().orElse(null);
        confirmations.save(new NoticeConfirmation(user.userId(), partnerId, versionNumber, clock.instant()));
        events.publishEvent(new AuditEvent(CONFIRMED, TenantContext.require(), user.email(),
                partnerId == null ? "user " + user.userId() : "partner " + partnerId, "version " + versionNumber));
    }

    private static String checked(String text, String errorKey) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > PrivacyLimits.NOTICE_TEXT) {
            throw new BusinessRuleException(errorKey, PrivacyLimits.NOTICE_TEXT);
        }
        return value;
    }
}
