package app.involvement.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.availability.MyAvailability;
import app.involvement.feedback.FeedbackInvite;
import app.involvement.feedback.MyFeedback;
import app.involvement.feedback.PartnerAnswers;
import app.involvement.identity.PasswordReset;
import app.involvement.payments.TaxYear;
import app.involvement.pool.MyProfile;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasedText;
import app.involvement.shared.privacy.ErasureBlocker;
import app.involvement.shared.privacy.PersonalDataEraser;
import app.involvement.tenancy.TenantContext;
import app.involvement.training.NewSupportRequest;
import app.involvement.training.SupportKind;
import app.involvement.training.SupportRequests;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasure leaves nothing of the person (DD048): every eraser runs, in order, in one transaction, on a Northbridge
 * demo partner with data in every module; then every text column of every table (read from information_schema) is
 * searched for each value erased, ignoring case, as whole words, and the provider's finance figures are compared
 * with those before. Each test rolls back at its end, so the shared demo data stays as it was for other tests.
 */
class ErasureScanIT extends IntegrationTestBase {

    /**
     * Names no other test gives anyone: other tests' people share the demo partner's first name, and the scan must
     * find only this person's values.
     */
    private static final String PREFERRED_NAME = "Samwyn " + letters(System.nanoTime());
    private static final String FULL_NAME = PREFERRED_NAME + " Taylorson";
    private static final String PHONE = "07700 900871";
    private static final String POSTCODE = "LS6 3QJ";
    private static final String ACCESS_NOTE = "A seat near the door, and the hearing loop switched on, please.";
    private static final String STAFF_NOTE = "Prefers the Thursday group; met at the Headingley carers forum.";
    private static final String AVAILABILITY_NOTE = "Hospital appointment in Harrogate";
    private static final String SUPPORT_DETAILS = "A lift from Kirkstall Abbey bus stop would help a lot.";

    private static final String FEEDBACK = "More time to talk to the students after the role play, please.";

    @Autowired
    private List<PersonalDataEraser> erasers;

    @Autowired
    private MyFeedback feedback;

    @Autowired
    private PasswordReset passwordReset;

    @Autowired
    private List<ErasureBlocker> blockers;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private MyProfile myProfile;

    @Autowired
    private Pool pool;

    @Autowired
    private MyAvailability availability;

    @Autowired
    private SupportRequests support;

    @Test
    void erasingADemoPartner_leavesNoneOfTheirValuesInAnyTextColumn_andTheFinanceFiguresEqual() {
        inRolledBackTransaction(() -> {
            long tenant = providerId("NBU");
            long partnerId = partnerOf(DemoLogins.NB_PARTNER, tenant);
            Long userId = userOf(DemoLogins.NB_PARTNER);
            addDataInEveryModule(partnerId);
            PartnerDetails before = as(DemoLogins.NB_LEAD, () -> pool.find(partnerId).orElseThrow());
            assertThat(count("select count(*) from partner_feedback where partner_id = ? and to_change = ?", partnerId,
                    FEEDBACK)).as("their feedback was given").isEqualTo(1);
            assertThat(count("select count(*) from mail_message where lower(recipient) = ?", DemoLogins.NB_PARTNER))
                    .as("mail was sent to them").isPositive();
            assertThat(count("select count(*) from audit_entry where lower(actor) = ?", DemoLogins.NB_PARTNER))
                    .as("they are in the audit log").isPositive();
            long offers = count("select count(*) from session_offer where partner_id = ?", partnerId);
            assertThat(offers).as("they were offered sessions").isPositive();

            settleOpenClaims(tenant, partnerId);
            Map<String, Object> financeBefore = finance(tenant, partnerId);

            var profile = before.profile();
            List<String> erased = List.of(profile.preferredName(), profile.fullName(), profile.email(), profile.phone(),
                    profile.postcode());
            List<String> searched = new ArrayList<>(erased);
            searched.addAll(List.of(ACCESS_NOTE, STAFF_NOTE, AVAILABILITY_NOTE, SUPPORT_DETAILS, FEEDBACK));
            List<String> tablesBefore = scanEveryTextColumn(searched).stream().map(f -> f.substring(0, f.indexOf('.')))
                    .distinct().toList();
            assertThat(tablesBefore).as("the scan finds them before").contains("partner", "user_account",
                    "audit_entry", "mail_message", "availability_exception", "support_request", "partner_feedback");

            eraseAll(new DataSubject(tenant, partnerId, userId, profile.email()), erased);

            assertThat(scanEveryTextColumn(searched)).as("erased values left in the database").isEmpty();
            assertThat(finance(tenant, partnerId)).isEqualTo(financeBefore);
            assertThat(jdbc.queryForObject("select @involvement_audit_change", String.class))
                    .as("the audit log is append-only again on this pooled connection").isNull();
            assertThat(count("select count(*) from audit_entry where actor = ?", "partner " + partnerId))
                    .as("their entries are kept, naming them by id").isPositive();
            assertThat(count("select count(*) from session_offer where partner_id = ?", partnerId))
                    .as("their sessions still count, anonymously").isEqualTo(offers);
            assertThat(count("select count(*) from user_account where id = ?", userId)).as("login removed").isZero();
            assertThat(jdbc.queryForObject("select preferred_name from partner where id = ?", String.class, partnerId))
                    .isEqualTo("Erased partner");
            assertThat(count("select count(*) from partner_experience where partner_id = ?", partnerId)).isZero();
        });
    }

    @Test
    void aPartnerWhoseLoginBelongsToAnotherProviderToo_keepsTheLogin_andTheOtherProvidersRecord() {
        inRolledBackTransaction(() -> {
            long northbridge = providerId("NBU");
            long southmoor = providerId("SMC");
            long partnerId = partnerOf(DemoLogins.BOTH, northbridge);
            Long userId = userOf(DemoLogins.BOTH);
            List<Map<String, Object>> southmoorAuditBefore = southmoorAudit();

            eraseAll(new DataSubject(northbridge, partnerId, userId, DemoLogins.BOTH),
                    List.of("Jo", "Jo Bennett", DemoLogins.BOTH));

            assertThat(count("select count(*) from user_account where id = ?", userId)).isEqualTo(1);
            assertThat(count("select count(*) from membership where user_id = ? and tenant_id = ?", userId, northbridge))
                    .isZero();
            assertThat(count("select count(*) from membership where user_id = ? and tenant_id = ?", userId, southmoor))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select preferred_name from partner where tenant_id = ? and lower(email) = ?",
                    String.class, southmoor, DemoLogins.BOTH)).isEqualTo("Jo");
            assertThat(count("select count(*) from partner where tenant_id = ? and lower(email) = ?", northbridge,
                    DemoLogins.BOTH)).isZero();
            assertThat(count("select count(*) from audit_entry where tenant_id = ? and lower(actor) = ?", northbridge,
                    DemoLogins.BOTH)).isZero();
            assertThat(southmoorAudit()).as("Southmoor's audit entries are Southmoor's").isEqualTo(southmoorAuditBefore);
            Optional<String> loginWorks = Optional.ofNullable(as(DemoLogins.BOTH, () -> "signed in"));
            assertThat(loginWorks).contains("signed in");
        });
    }

    @Test
    void aPartnerWithUnpaidClaims_isRefused_inWords_inEnglishAndWelsh_untilFinanceClosesThem() {
        inRolledBackTransaction(() -> {
            long tenant = providerId("NBU");
            long partnerId = partnerOf(DemoLogins.NB_PARTNER, tenant);
            var subject = new DataSubject(tenant, partnerId, userOf(DemoLogins.NB_PARTNER), DemoLogins.NB_PARTNER);

            long open = count("select count(*) from payment_claim where partner_id = ? and status not in ('PAID',"
                    + " 'REJECTED')", partnerId);
            assertThat(reasons(subject, Locale.UK)).singleElement().satisfies(reason -> assertThat(reason)
                    .startsWith(open == 1 ? "1 claim is not yet paid: " : open + " claims are not yet paid: ")
                    .contains("OSCE: history taking station")
                    .contains("(Not sent yet)").contains("Finance must pay or turn down").doesNotContain("£"));
            assertThat(reasons(subject, Locale.forLanguageTag("cy"))).singleElement().satisfies(reason ->
                    assertThat(reason).startsWith(open == 1 ? "Mae 1 hawliad heb ei dalu eto: "
                            : "Mae " + open + " hawliad heb eu talu eto: ")
                            .contains("OSCE: history taking station").contains("(Heb ei anfon eto)"));

            settleOpenClaims(tenant, partnerId);
            assertThat(reasons(subject, Locale.UK)).isEmpty();
        });
    }

    /** Entries of Southmoor and without a provider that name the login shared with Northbridge. */
    private List<Map<String, Object>> southmoorAudit() {
        return jdbc.queryForList("select id, actor, subject, detail from audit_entry where (tenant_id = ?"
                + " or tenant_id is null) and lower(actor) = ? order by id", providerId("SMC"), DemoLogins.BOTH);
    }

    private List<String> reasons(DataSubject subject, Locale locale) {
        return blockers.stream().map(b -> b.reasonNotToErase(subject, locale)).flatMap(Optional::stream).toList();
    }

    /**
     * Their own profile, an availability note, feedback, a support request, a password-reset mail and a staff note,
     * each added as a user would.
     */
    private void addDataInEveryModule(long partnerId) {
        as(DemoLogins.NB_PARTNER, () -> {
            PartnerProfile p = myProfile.get().orElseThrow().profile();
            myProfile.save(new PartnerProfile(PREFERRED_NAME, FULL_NAME, p.pronouns(), p.email(), PHONE, POSTCODE,
                    p.kind(), p.contactPreference(), p.paymentChoice(), p.accessNeeds(), ACCESS_NOTE, p.interests()));
            LocalDate away = LocalDate.now().plusDays(40);
            availability.addException(away, away, false, AVAILABILITY_NOTE);
            FeedbackInvite invite = feedback.toGive().getFirst();
            feedback.give(invite.sessionId(), new PartnerAnswers(4, true, true, FEEDBACK));
            support.ask(new NewSupportRequest(SupportKind.TAXI, SUPPORT_DETAILS, LocalDate.now().plusDays(20)));
        });
        passwordReset.request(DemoLogins.NB_PARTNER, "192.0.2.44");
        as(DemoLogins.NB_LEAD, () -> {
            PartnerDetails details = pool.find(partnerId).orElseThrow();
            pool.update(partnerId, details.profile(), STAFF_NOTE, "The partner asked us to note this");
        });
    }

    /** Finance closes every claim still open (the erasure would be refused otherwise): marked paid today. */
    private void settleOpenClaims(long tenant, long partnerId) {
        jdbc.update("update payment_claim set status = 'PAID', paid_on = ?, payment_reference = 'Bacs run TEST-1'"
                + " where tenant_id = ? and partner_id = ? and status not in ('PAID', 'REJECTED')",
                Date.valueOf(LocalDate.now()), tenant, partnerId);
    }

    /** What finance needs kept: paid per tax year, claims per status, runs, expenses, and the partner's own claims. */
    private Map<String, Object> finance(long tenant, long partnerId) {
        Map<String, Object> figures = new TreeMap<>();
        Map<String, Long> paidPerTaxYear = new TreeMap<>();
        jdbc.query("select paid_on, fee_pence + voucher_pence + expenses_pence as total from payment_claim"
                + " where tenant_id = ? and status = 'PAID'", rs -> {
                    paidPerTaxYear.merge(TaxYear.of(rs.getDate("paid_on").toLocalDate()).toString(),
                            rs.getLong("total"), Long::sum);
                }, tenant);
        figures.put("paidPerTaxYear", paidPerTaxYear);
        figures.put("claimsPerStatus", jdbc.queryForList("select status, count(*) as claims, sum(fee_pence),"
                + " sum(expenses_pence) from payment_claim where tenant_id = ? group by status order by status", tenant)
                .toString());
        figures.put("runs", jdbc.queryForList("select id, status, paid_on, payment_reference, claim_count, total_pence"
                + " from payment_run where tenant_id = ? order by id", tenant).toString());
        figures.put("expenses", jdbc.queryForList("select count(*), sum(amount_pence) from claim_expense"
                + " where tenant_id = ?", tenant).toString());
        figures.put("theirClaims", jdbc.queryForList("select id, session_id, held_on, status, fee_pence, voucher_pence,"
                + " expenses_pence, paid_on, payment_reference, run_id from payment_claim where tenant_id = ?"
                + " and partner_id = ? order by id", tenant, partnerId).toString());
        return figures;
    }

    private void eraseAll(DataSubject subject, List<String> values) {
        erasers.stream().sorted(Comparator.comparingInt(PersonalDataEraser::order))
                .forEach(eraser -> eraser.erase(subject, values));
        entityManager.flush();
    }

    /** "table.column: text" for every text value in the database that names one of the values. */
    private List<String> scanEveryTextColumn(List<String> values) {
        List<String> usable = ErasedText.usable(values);
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String schema = "H2".equals(product) ? "lower(table_schema) = 'public'" : "table_schema = database()";
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where " + schema + " and (lower(data_type) like '%char%'"
                + " or lower(data_type) like '%text%' or lower(data_type) like '%clob%'"
                + " or lower(data_type) = 'character large object')");
        assertThat(columns).as("text columns found").hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            List<String> likes = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            for (String value : usable) {
                likes.add("lower(" + name + ") like ?");
                args.add("%" + value.toLowerCase(Locale.ROOT) + "%");
            }
            for (String text : jdbc.queryForList("select " + name + " from " + table + " where "
                    + String.join(" or ", likes), String.class, args.toArray())) {
                if (ErasedText.mentions(text, usable)) {
                    found.add(table + "." + name + ": " + text);
                }
            }
        }
        return found;
    }

    /** In Northbridge (Hibernate binds a session to the provider it is opened in), rolled back at the end. */
    private void inRolledBackTransaction(Runnable body) {
        TenantContext.runAs(providerId("NBU"), () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            body.run();
        }));
    }

    private long partnerOf(String email, long tenant) {
        return jdbc.queryForObject("select id from partner where tenant_id = ? and lower(email) = ?", Long.class,
                tenant, email);
    }

    private Long userOf(String email) {
        return jdbc.queryForObject("select id from user_account where lower(email) = ?", Long.class, email);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }


    /** A number written in lower-case letters (a name may not hold digits). */
    private static String letters(long number) {
        var out = new StringBuilder();
        for (long n = Math.abs(number); n > 0; n /= 26) {
            out.append((char) ('a' + n % 26));
        }
        return out.toString();
    }
}
