package app.involvement.privacy.internal;

import app.involvement.shared.UkFormats;
import app.involvement.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only (DD050): both demo providers have a version-1 privacy notice in English and Welsh, published by
 * their lead a month ago and confirmed by every demo partner who logs in (the demo journeys and browser tests sign in
 * as them). To see the gate, the lead publishes version 2: each partner is then asked to read it before their pages
 * open. A provider that already has a notice is left alone.
 */
@Component
@Profile("demo & !mysql")
@Order(35)
class DemoPrivacyNotices implements ApplicationRunner {

    private static final String ENGLISH = """
            Who we are: %1$s keeps your details so that you can take part in teaching, interviews and other \
            involvement work.

            What we keep: your name and contact details, how you like to be contacted and paid, the access needs you \
            tell us about, and, only if you agree, the experience you bring. We also keep the sessions you took part \
            in and the payments we made to you.

            Why: to offer you work that suits you, to support you on the day, and to pay you. We share nothing with \
            anyone else unless the law requires it.

            How long: we review the details of people who have not taken part for two years; we keep payment records \
            for six years after the tax year, as the law requires.

            Your rights: you can see everything we hold about you, ask us to correct it, and ask us to forget you. \
            You can see which staff have looked at your experience and access needs. Ask the involvement lead, or \
            contact the Information Commissioner's Office if you are not happy with our answer.""";

    private static final String WELSH = """
            Pwy ydym ni: mae %1$s yn cadw eich manylion er mwyn i chi allu cymryd rhan mewn addysgu, cyfweliadau a \
            gwaith cynnwys arall.

            Beth rydym yn ei gadw: eich enw a'ch manylion cyswllt, sut rydych yn hoffi i ni gysylltu â chi a'ch talu, \
            yr anghenion mynediad rydych yn eu rhannu â ni, ac, os ydych yn cytuno yn unig, y profiad rydych yn ei \
            gynnig. Rydym hefyd yn cadw'r sesiynau y gwnaethoch gymryd rhan ynddynt a'r taliadau a wnaethom i chi.

            Pam: i gynnig gwaith sy'n addas i chi, i'ch cefnogi ar y diwrnod, ac i'ch talu. Nid ydym yn rhannu dim \
            ag unrhyw un arall oni bai bod y gyfraith yn mynnu hynny.

            Am faint: rydym yn adolygu manylion pobl nad ydynt wedi cymryd rhan ers dwy flynedd; rydym yn cadw \
            cofnodion talu am chwe blynedd ar ôl y flwyddyn dreth, fel y mae'r gyfraith yn mynnu.

            Eich hawliau: gallwch weld popeth rydym yn ei gadw amdanoch, gofyn i ni ei gywiro, a gofyn i ni eich \
            anghofio. Gallwch weld pa staff sydd wedi edrych ar eich profiad a'ch anghenion mynediad. Gofynnwch i'r \
            arweinydd cynnwys, neu cysylltwch â Swyddfa'r Comisiynydd Gwybodaeth os nad ydych yn fodlon â'n hateb.""";

    private final NoticeVersionRepository versions;
    private final NoticeConfirmationRepository confirmations;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPrivacyNotices(NoticeVersionRepository versions, NoticeConfirmationRepository confirmations, JdbcTemplate jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.versions = versions;
        this.confirmations = confirmations;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", "lead@northbridge.example");
        seed("SMC", "lead@southmoor.example");
    }

    private void seed(String code, String lead) {
        List<Long> tenant = jdbc.queryForList("select id from provider where short_code = ?", Long.class, code);
        if (tenant.isEmpty()) {
            return;
        }
        String name = jdbc.queryForObject("select name from provider where id = ?", String.class, tenant.get(0));
        LocalDate published = LocalDate.now(clock.withZone(UkFormats.UK_TIME)).minusMonths(1);
        TenantContext.runAs(tenant.get(0), () -> transactions.executeWithoutResult(tx -> {
            if (versions.count() > 0) {
                return;
            }
            versions.save(new NoticeVersionEntry(1, ENGLISH.formatted(name), WELSH.formatted(name), published, lead,
                    published.atStartOfDay(UkFormats.UK_TIME).toInstant()));
            var partners = jdbc.queryForList("select id, user_id from partner where tenant_id = ? and user_id is not null",
                    tenant.get(0));
            for (var row : partners) {
                confirmations.save(new NoticeConfirmation(((Number) row.get("user_id")).longValue(),
                        ((Number) row.get("id")).longValue(), 1,
                        published.plusDays(2).atStartOfDay(UkFormats.UK_TIME).toInstant()));
            }
        }));
    }
}
