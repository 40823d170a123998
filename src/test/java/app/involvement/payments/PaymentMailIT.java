package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.PaymentChoice;
import app.involvement.pool.Pool;
import app.involvement.sessions.Attendance;
import app.involvement.sessions.Attendances;
import app.involvement.sessions.SessionTestData;
import app.involvement.tenancy.TenantContext;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner's claim e-mails end to end through SMTP (GreenMail): a claim opened when the session is completed
 * (only to those who attended, with a link to the claim), sent back with the reason, and paid with amount, day and
 * reference; in the partner's language; queued in the business transaction (none when it rolls back), and never for
 * a claim id of another provider.
 */
class PaymentMailIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private Attendances attendances;
    @Autowired
    private Pool pool;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void completingASession_asksEachPartnerWhoAttended_toAddExpensesAndSubmit() throws Exception {
        String came = unique("came");
        String away = unique("away");
        String title = "Claim mail " + System.nanoTime();
        Map<String, Long> claims = completed(title, Map.of(came, Attendance.ATTENDED, away, Attendance.NO_SHOW));

        MimeMessage mail = awaitMail(came, title);
        assertThat(mail.getSubject()).isEqualTo("Your payment claim for " + title);
        assertThat(text(mail)).contains("Hello Cal", "Thank you for taking part in " + title, "add any expenses",
                "submit the claim", "http://localhost:8080/my-claims/" + claims.get(came), "Northbridge University")
                .doesNotContain(came);
        Thread.sleep(1000);
        assertThat(mailsTo(away)).as("no claim, no mail for a partner who did not come").isEmpty();
    }

    @Test
    void rejectedClaim_tellsThePartnerTheReason() throws Exception {
        String email = unique("rejected");
        String title = "Rejected mail " + System.nanoTime();
        Long claim = completed(title, Map.of(email, Attendance.ATTENDED)).get(email);

        publish(new ClaimRejected(providerId("NBU"), claim, partnerOf(claim), title,
                "The bus ticket is for another day. Please add the right one."));

        MimeMessage mail = awaitMail(email, "needs a change");
        assertThat(mail.getSubject()).isEqualTo("Your claim needs a change: " + title);
        assertThat(text(mail)).contains("Hello Cal", "could not approve", "The bus ticket is for another day.",
                "submit it again", "http://localhost:8080/my-claims/" + claim);
    }

    @Test
    void paidClaim_tellsThePartnerTheAmountDayAndReference() throws Exception {
        String email = unique("paid");
        String title = "Paid mail " + System.nanoTime();
        Long claim = completed(title, Map.of(email, Attendance.ATTENDED)).get(email);
        LocalDate paidOn = TODAY.minusDays(1);
        jdbc.update("update payment_claim set status = 'PAID', paid_on = ?, payment_reference = 'BACS-2211',"
                + " expenses_pence = 1234 where id = ?", Date.valueOf(paidOn), claim);

        publish(new ClaimPaid(providerId("NBU"), claim, partnerOf(claim), title, total(claim), paidOn));

        MimeMessage mail = awaitMail(email, "has been paid");
        assertThat(mail.getSubject()).isEqualTo("Your claim has been paid: " + title);
        assertThat(text(mail)).contains("We have paid your claim for " + title, "Amount: £" ,
                "Paid on: " + paidOn.getDayOfMonth(), "Payment reference: BACS-2211",
                "http://localhost:8080/my-claims/" + claim);
        assertThat(text(mail)).contains(app.involvement.shared.Money.format(total(claim), java.util.Locale.UK));
    }

    @Test
    void welshSpeakingPartner_getsTheirClaimMailsInWelsh() throws Exception {
        String email = unique("cymraeg");
        String title = "Hawliad " + System.nanoTime();
        jdbc.update("insert into user_account (version, email, display_name, failed_login_count, created_at,"
                + " credentials_version, language) values (0, ?, 'Siân', 0, current_timestamp, 0, 'cy')", email);
        Long claim = completed(title, Map.of(email, Attendance.ATTENDED), email).get(email);

        MimeMessage opened = awaitMail(email, title);
        assertThat(opened.getSubject()).isEqualTo("Eich hawliad am daliad ar gyfer " + title);
        assertThat(text(opened)).contains("Helo Cal", "Diolch am gymryd rhan", "/my-claims/" + claim);

        publish(new ClaimRejected(providerId("NBU"), claim, partnerOf(claim), title, "Ychwanegwch y dderbynneb."));
        MimeMessage rejected = awaitMail(email, "Mae angen newid");
        assertThat(text(rejected)).contains("Ychwanegwch y dderbynneb.", "a’i gyflwyno eto");
    }

    @Test
    void noMail_whenTheChangeRollsBack_orForAnotherProvidersClaim() throws Exception {
        String email = unique("rolledback");
        String title = "Rolled back " + System.nanoTime();
        Long claim = completed(title, Map.of(email, Attendance.ATTENDED)).get(email);
        awaitMail(email, title);
        long before = queuedTo(email);

        TenantContext.runAs(providerId("NBU"), () -> transactions.executeWithoutResult(tx -> {
            events.publishEvent(new ClaimRejected(providerId("NBU"), claim, partnerOf(claim), title, "Rolled back"));
            tx.setRollbackOnly();
        }));
        publish(new ClaimPaid(providerId("SMC"), claim, partnerOf(claim), title, 100, TODAY));

        assertThat(queuedTo(email)).as("nothing queued by a rolled-back change or another provider's event")
                .isEqualTo(before);
    }

    /** A session held yesterday, the partners' attendance recorded and the session completed by the coordinator. */
    private Map<String, Long> completed(String title, Map<String, Attendance> attendance, String... withLogin) {
        Long session = SessionTestData.insert(jdbc, "NBU", TODAY.minusDays(1), title, 1, 3, "INVOLVEMENT");
        Map<Long, Attendance> marks = new HashMap<>();
        Map<String, Long> partners = new HashMap<>();
        attendance.forEach((email, mark) -> {
            Long partner = as(DemoLogins.NB_COORDINATOR, () -> pool.add(new PartnerProfile("Cal", "Cal Tester", "",
                    email, "", "", PartnerKind.SERVICE_USER, ContactPreference.EMAIL, PaymentChoice.FEE, Set.of(), "",
                    Set.of()), ""));
            if (List.of(withLogin).contains(email)) {
                jdbc.update("update partner set user_id = (select id from user_account where email = ?), email = null"
                        + " where id = ?", email, partner);
            }
            jdbc.update("update partner set status = 'ACTIVE' where id = ?", partner);
            partners.put(email, partner);
            marks.put(SessionTestData.offer(jdbc, session, partner, "CONFIRMED"), mark);
        });
        as(DemoLogins.NB_COORDINATOR, () -> {
            attendances.record(session, marks);
            attendances.complete(session);
        });
        Map<String, Long> claims = new HashMap<>();
        partners.forEach((email, partner) -> jdbc.queryForList("select id from payment_claim where session_id = ?"
                + " and partner_id = ?", Long.class, session, partner).forEach(id -> claims.put(email, id)));
        return claims;
    }

    private void publish(Object event) {
        TenantContext.runAs(providerId("NBU"), () -> transactions.executeWithoutResult(tx -> events.publishEvent(event)));
    }

    private Long partnerOf(Long claim) {
        return jdbc.queryForObject("select partner_id from payment_claim where id = ?", Long.class, claim);
    }

    private long total(Long claim) {
        return jdbc.queryForObject("select fee_pence + voucher_pence + expenses_pence from payment_claim where id = ?",
                Long.class, claim);
    }

    private long queuedTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email);
    }

    private static String unique(String who) {
        return who + "." + System.nanoTime() + "@example.org";
    }

    private static String text(MimeMessage mail) throws Exception {
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
        }
        return (String) mail.getContent();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String email, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            var found = mailsTo(email).stream().filter(m -> {
                try {
                    return m.getSubject().contains(subjectPart);
                } catch (MessagingException e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + email + " about " + subjectPart);
    }
}
