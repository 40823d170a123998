package app.involvement.privacy.internal;

import app.involvement.shared.BackgroundOnly;
import app.involvement.shared.BundleTexts;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.PersonalDataEraser;
import app.involvement.shared.privacy.PersonalDataField;
import app.involvement.shared.privacy.PersonalDataSection;
import app.involvement.shared.privacy.PersonalDataSource;
import app.involvement.tenancy.TenantContext;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What this module holds about a partner: the notice versions they confirmed, and the staff who opened their
 * sensitive information. Erasing a partner removes both (the staff looks say nothing once the person is gone).
 */
@Component
class PrivacyPersonalData implements PersonalDataSource, PersonalDataEraser {

    /** More looks than anyone gathers; the copy lists them all up to this. */
    private static final int LOOKS_MAX = 10_000;

    private final NoticeConfirmationRepository confirmations;
    private final SensitiveLookRepository looks;

    PrivacyPersonalData(NoticeConfirmationRepository confirmations, SensitiveLookRepository looks) {
        this.confirmations = confirmations;
        this.looks = looks;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataSection> sections(DataSubject subject, Locale locale) {
        if (subject.tenantId() != TenantContext.require()) {
            return List.of();
        }
        var texts = new BundleTexts(Language.of(locale));
        var confirmed = confirmations.about(subject.partnerId(), subject.userId()).stream()
                .map(c -> List.of(
                        new PersonalDataField("version", texts.get("privacy.copy.version"),
                                String.valueOf(c.getNumber())),
                        new PersonalDataField("confirmedAt", texts.get("privacy.copy.confirmed-at"),
                                UkFormats.dateTime(c.getConfirmedAt(), locale))))
                .toList();
        var looked = looks.forPartner(subject.partnerId(), PageRequest.of(0, LOOKS_MAX)).reversed().stream()
                .map(e -> e.view())
                .map(l -> List.of(
                        new PersonalDataField("staff", texts.get("privacy.looks.who"),
                                l.staffName() == null ? l.staffEmail() : l.staffName() + " (" + l.staffEmail() + ")"),
                        new PersonalDataField("role", texts.get("privacy.looks.role"),
                                texts.get("privacy.role." + l.staffRole())),
                        new PersonalDataField("section", texts.get("privacy.looks.what"),
                                texts.get("privacy.section." + l.section())),
                        new PersonalDataField("at", texts.get("privacy.looks.when"),
                                UkFormats.dateTime(l.at(), locale))))
                .toList();
        return List.of(
                new PersonalDataSection("privacyNoticeConfirmations", texts.get("privacy.copy.confirmations"),
                        confirmed),
                new PersonalDataSection("sensitiveDataLooks", texts.get("privacy.looks.title"), looked));
    }

    @Override
    @Transactional
    public void erase(DataSubject subject, List<String> erasedValues) {
        BackgroundOnly.checkUnless("LEAD");
        confirmations.deleteAbout(subject.partnerId(), subject.userId());
        looks.deleteForPartner(subject.partnerId());
    }
}
