package app.involvement.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.TestSmtp;
import app.involvement.TwoSchedulers;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.Pool;
import app.involvement.training.TrainingDelivery;
import app.involvement.training.TrainingModuleInput;
import app.involvement.training.TrainingModules;
import app.involvement.training.TrainingRecords;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The expiry reminder, end to end through SMTP: sent once per record and end date, however often the job
 * runs, and also when two app instances (two lock providers on one database) run it at the same moment.
 */
class TrainingRemindersIT extends IntegrationTestBase {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private TrainingReminders reminders;

    @Autowired
    private TrainingModules modules;

    @Autowired
    private TrainingRecords records;

    @Autowired
    private Pool pool;

    @Autowired
    private DataSource dataSource;

    private String email;
    private String title;

    @BeforeEach
    void partnerWhoseTrainingEndsInNineDays() {
        long n = System.nanoTime();
        email = "reminded." + n + "@example.org";
        title = "Safeguarding " + n;
        as(DemoLogins.NB_COORDINATOR, () -> {
            Long partner = pool.add(new PartnerProfile("Rena", "Rena Reminder", "", email, "", "", PartnerKind.CARER,
                    ContactPreference.EMAIL, null, Set.of(), "", Set.of()), "");
            Long module = modules.create(new TrainingModuleInput(title, null, TrainingDelivery.ONLINE, 12));
            Long longLasting = modules.create(new TrainingModuleInput("Lasting " + n, null, TrainingDelivery.ONLINE, 24));
            records.recordCompletion(partner, module, TODAY.minusMonths(12).plusDays(10), "Online quiz");
            records.recordCompletion(partner, longLasting, TODAY.minusMonths(1), "Online quiz");
        });
    }

    @Test
    void reminder_isSentOnce_howeverOftenTheJobRuns() throws Exception {
        reminders.sendDue();
        reminders.sendDue();
        reminders.sendDue();

        MimeMessage mail = awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Your " + title + " training ends soon");
        assertThat(GreenMailUtil.getBody(mail)).contains("Rena", "valid until", "Northbridge University");
        Thread.sleep(1500);
        assertThat(mailsTo(email)).as("one reminder for the record that ends soon, none for the other").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from training_record r join training_module m on m.id = r.module_id"
                + " where m.title = ? and r.reminder_sent_for = r.valid_until", Long.class, title)).isOne();
    }

    @Test
    void twoInstancesRunningTheJobAtOnce_sendOneReminder() throws Exception {
        TwoSchedulers.runTogether(dataSource, reminders::sendDue, reminders::remindAll, "training-reminders",
                Duration.ofMinutes(30));

        awaitMailTo(email);
        Thread.sleep(1500);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'training-reminders'", Long.class)).isOne();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitMailTo(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            var found = mailsTo(email);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + email);
    }
}
