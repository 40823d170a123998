package app.involvement.erasure.internal;

import app.involvement.erasure.ErasureStatus;
import app.involvement.pool.PartnerIdentity;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasureBlocker;
import app.involvement.shared.privacy.PersonalDataEraser;
import app.involvement.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of one erasure, shared by the lead's and the retention job's (DD047): the subject and the values being
 * erased, taken from the pool; every blocker asked; then every module's eraser in {@code order()}, all in the
 * caller's one transaction, so a failing module leaves everything as it was.
 */
@Component
class PartnerErasure {

    private final List<ErasureBlocker> blockers;
    private final List<PersonalDataEraser> erasers;
    private final ErasureRequestRepository requests;

    PartnerErasure(List<ErasureBlocker> blockers, List<PersonalDataEraser> erasers, ErasureRequestRepository requests) {
        this.blockers = List.copyOf(blockers);
        this.erasers = erasers.stream().sorted(Comparator.comparingInt(PersonalDataEraser::order)).toList();
        this.requests = requests;
    }

    static DataSubject subject(PartnerIdentity partner) {
        String email = partner.email() == null || partner.email().isBlank() ? null : partner.email();
        return new DataSubject(TenantContext.require(), partner.partnerId(), partner.userId(), email);
    }

    /** Names, e-mail, phone and postcode as stored, without blanks or repeats. */
    static List<String> erasedValues(PartnerIdentity partner) {
        var values = new LinkedHashSet<String>();
        Stream.of(partner.preferredName(), partner.fullName(), partner.email(), partner.phone(), partner.postcode())
                .filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(values::add);
        return List.copyOf(values);
    }

    /** Every reason not to erase yet, in this language; empty when nothing stops it. */
    List<String> reasonsNotToErase(PartnerIdentity partner, Locale locale) {
        var subject = subject(partner);
        var reasons = new ArrayList<String>();
        for (ErasureBlocker blocker : blockers) {
            blocker.reasonNotToErase(subject, locale).ifPresent(reasons::add);
        }
        return reasons;
    }

    boolean alreadyErased(Long partnerId) {
        return requests.existsByPartnerIdAndStatus(partnerId, ErasureStatus.DONE);
    }

    /**
     * Asks the blockers again, inside the transaction, then erases.
     *
     * @return the reasons that stopped it (English for the job's report; nothing changed), or empty when erased
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<List<String>> eraseUnlessBlocked(PartnerIdentity partner, Locale locale) {
        if (alreadyErased(partner.partnerId())) {
            throw new BusinessRuleException("erasure.error.already-erased");
        }
        var reasons = reasonsNotToErase(partner, locale);
        if (!reasons.isEmpty()) {
            return Optional.of(reasons);
        }
        var subject = subject(partner);
        var values = erasedValues(partner);
        for (PersonalDataEraser eraser : erasers) {
            eraser.erase(subject, values);
        }
        return Optional.empty();
    }
}
