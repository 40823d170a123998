package app.involvement.training.internal;

import app.involvement.shared.Language;
import app.involvement.tenancy.TenantContext;
import app.involvement.training.TrainingExpiryDue;
import app.involvement.training.TrainingLimits;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds partners, once per record and end date, that a module's validity ends within
 * {@link TrainingLimits#EXPIRING_SOON_DAYS} days. Runs daily on one app instance at a time (ShedLock); the
 * record notes the end date it reminded about in the transaction that queues the mail, so a second run,
 * on this or another instance, finds nothing left to send (DD022).
 */
@Component
class TrainingReminders {

    private final TrainingRecordRepository records;
    private final TrainingModuleRepository modules;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingReminders(TrainingRecordRepository records, TrainingModuleRepository modules, JdbcTemplate jdbc,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.modules = modules;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${involvement.training.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "training-reminders", lockAtMostFor = "PT30M")
    public void sendDue() {
        remindAll();
    }

    /** The job's work without the lock; returns how many reminders were queued. */
    int remindAll() {
        LocalDate today = LocalDate.now(clock.withZone(DefaultTrainingRecords.UK));
        LocalDate last = today.plusDays(TrainingLimits.EXPIRING_SOON_DAYS);
        // the providers with something due: a platform-wide read by design, each then handled inside its own tenant
        List<Long> tenants = jdbc.queryForList("select distinct tenant_id from training_record where confirmed = true"
                + " and valid_until between ? and ? and (reminder_sent_for is null or reminder_sent_for <> valid_until)",
                Long.class, Date.valueOf(today), Date.valueOf(last));
        int sent = 0;
        for (Long tenant : tenants) {
            sent += TenantContext.runAs(tenant, () -> transactions.execute(tx -> remind(tenant, today, last)));
        }
        return sent;
    }

    private int remind(Long tenant, LocalDate today, LocalDate last) {
        var due = records.findDueForReminder(today, last);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, String> titles = modules.findAllById(due.stream().map(TrainingRecord::getModuleId).distinct().toList())
                .stream().collect(Collectors.toMap(TrainingModule::getId, TrainingModule::getTitle));
        Map<Long, Contact> contacts = contacts(tenant, due.stream().map(TrainingRecord::getPartnerId).distinct().toList());
        int sent = 0;
        for (TrainingRecord record : due) {
            Contact contact = contacts.get(record.getPartnerId());
            if (contact != null && contact.email() != null && !contact.email().isBlank()) {
                events.publishEvent(new TrainingExpiryDue(tenant, contact.providerName(), contact.email(),
                        contact.name(), titles.get(record.getModuleId()), record.getValidUntil(), contact.language()));
                sent++;
            }
            // a partner without an address is not reminded again and again; staff see the date on their page
            record.reminded();
        }
        return sent;
    }

    /** Address, name and language of the partners, filtered by tenant in the SQL itself (native SQL is not tenant-filtered). */
    private Map<Long, Contact> contacts(Long tenant, List<Long> partnerIds) {
        var named = new NamedParameterJdbcTemplate(jdbc);
        return named.query("select p.id, coalesce(p.email, u.email) email, p.preferred_name, u.language,"
                + " v.default_language, v.name provider_name from partner p join provider v on v.id = p.tenant_id"
                + " left join user_account u on u.id = p.user_id where p.tenant_id = :tenant and p.id in (:ids)",
                Map.of("tenant", tenant, "ids", partnerIds),
                (rs, n) -> {
                    String providerDefault = rs.getString("default_language");
                    return new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("preferred_name"),
                            Language.fromCode(rs.getString("language")).or(() -> Language.fromCode(providerDefault))
                                    .orElse(Language.ENGLISH), rs.getString("provider_name"));
                })
                .stream().collect(Collectors.toMap(Contact::partnerId, Function.identity()));
    }

    private record Contact(Long partnerId, String email, String name, Language language, String providerName) {
    }
}
