package app.involvement.pool.internal;

import app.involvement.pool.AccessNeed;
import app.involvement.pool.ContactPreference;
import app.involvement.pool.MyProfile;
import app.involvement.pool.PartnerKind;
import app.involvement.pool.PartnerProfile;
import app.involvement.pool.PartnerStatus;
import app.involvement.pool.PaymentChoice;
import app.involvement.tenancy.ProviderService;
import app.involvement.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only: the demo partner accounts' records and about 25 hand-added partners per demo
 * provider, with varied statuses, kinds, interests and (consented) experience categories.
 */
@Component
@Profile("demo & !mysql")
@Order(4)
class DemoPartners implements ApplicationRunner {

    static final String CONSENT_TEXT = "I agree that the provider may keep the experience categories I choose, "
            + "to match me with involvement that fits my experience. I can withdraw this at any time.";

    private static final List<String> FIRST = List.of("Alex", "Bernadette", "Chidi", "Dylan", "Eleri", "Farah",
            "Graham", "Hui", "Imran", "Jess", "Kofi", "Lowri", "Morgan", "Nadia", "Owen", "Priya", "Quinn", "Rhys",
            "Siobhan", "Tomasz", "Uma", "Vikram", "Wendy", "Xander", "Yasmin");
    private static final List<String> LAST = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fisher",
            "Green", "Hall", "Iqbal", "Jones", "King", "Lewis", "Morris", "Nowak", "Owusu");
    private static final List<String> POSTCODES = List.of("LS1 4DY", "M13 9PL", "CF10 3AT", "B15 2TT", "NE1 7RU");

    private final PartnerRecords records;
    private final ProviderService providers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoPartners(PartnerRecords records, ProviderService providers, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.records = records;
        this.providers = providers;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("NBU", List.of(account("partner@northbridge.example", "Sam Taylor", PartnerKind.SERVICE_USER),
                account("carer@northbridge.example", "Maria Lopez", PartnerKind.CARER),
                account("both@partners.example", "Jo Bennett", PartnerKind.SERVICE_USER)), 0);
        seed("SMC", List.of(account("partner@southmoor.example", "Dev Sharma", PartnerKind.SERVICE_USER),
                account("both@partners.example", "Jo Bennett", PartnerKind.CARER)), 7);
    }

    private record Account(String email, String name, PartnerKind kind) {
    }

    private static Account account(String email, String name, PartnerKind kind) {
        return new Account(email, name, kind);
    }

    private void seed(String providerCode, List<Account> accounts, int offset) {
        Long tenantId = providers.findByShortCode(providerCode).orElseThrow().id();
        // Reference ids read with the tenant named explicitly (DD001: native SQL filters by tenant itself).
        List<Long> categories = jdbc.queryForList("select id from experience_category where tenant_id = ? order by id",
                Long.class, tenantId);
        List<Long> types = jdbc.queryForList("select id from activity_type where tenant_id = ? order by id",
                Long.class, tenantId);
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(tx -> {
            if (records.partners.count() > 0) {
                return;
            }
            for (Account a : accounts) {
                Long userId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, a.email());
                Partner p = records.create(profile(a.name(), a.email(), a.kind(), 0, Set.of()), "pool.history.joined", a.email());
                p.linkAccount(userId);
                records.moveTo(p, PartnerStatus.ACTIVE, records.today(), "Completed induction", "demo");
            }
            for (int i = 0; i < 25; i++) {
                int n = i + offset;
                String name = FIRST.get(n % FIRST.size()) + " " + LAST.get((n * 7) % LAST.size());
                PartnerKind kind = PartnerKind.values()[n % 3];
                Set<Long> interests = types.isEmpty() ? Set.of() : Set.of(types.get(n % types.size()),
                        types.get((n * 3 + 1) % types.size()));
                PartnerStatus status = switch (i % 5) {
                    case 0, 1, 2 -> PartnerStatus.ACTIVE;
                    case 3 -> PartnerStatus.RESTING;
                    default -> i % 10 == 4 ? PartnerStatus.APPLICANT : PartnerStatus.LEFT;
                };
                // one consistent story per partner: added, then inducted, then involved, then resting or left
                LocalDate today = records.today();
                LocalDate added = status == PartnerStatus.APPLICANT ? today.minusWeeks(3) : today.minusMonths(14);
                Partner p = records.create(profile(name, i % 4 == 3 ? "" : "demo" + n + "." + providerCode.toLowerCase()
                        + "@partners.example", kind, n, interests), "pool.history.added", "demo", added);
                records.setInterests(p.getId(), interests);
                if (status != PartnerStatus.APPLICANT) {
                    records.moveTo(p, PartnerStatus.ACTIVE, today.minusMonths(13), "Completed induction", "demo");
                }
                if (status != PartnerStatus.APPLICANT && i % 3 != 2) {
                    p.setLastInvolvedOn(today.minusDays(21L + 6L * i));
                }
                if (status == PartnerStatus.RESTING) {
                    records.moveTo(p, status, today.minusWeeks(2), "Resting for health reasons", "demo");
                } else if (status == PartnerStatus.LEFT) {
                    records.moveTo(p, status, today.minusWeeks(1), "Moved away", "demo");
                }
                if (!categories.isEmpty() && i % 2 == 0) {
                    p.giveConsent(MyProfile.CONSENT_VERSION, CONSENT_TEXT, records.clock.instant());
                    records.setExperiences(p.getId(), Set.of(categories.get(n % categories.size()),
                            categories.get((n + 3) % categories.size())));
                }
            }
        }));
    }

    private static PartnerProfile profile(String name, String email, PartnerKind kind, int n, Set<Long> interests) {
        return new PartnerProfile(name.split(" ")[0], name, n % 4 == 0 ? "they/them" : "", email,
                n % 3 == 0 ? "" : "07700 900" + String.format("%03d", n), POSTCODES.get(n % POSTCODES.size()), kind,
                ContactPreference.values()[n % ContactPreference.values().length],
                PaymentChoice.values()[n % PaymentChoice.values().length],
                n % 4 == 1 ? Set.of(AccessNeed.VENUE_MOBILITY, AccessNeed.BREAKS) : Set.of(),
                n % 4 == 1 ? "Step-free access and a break every hour, please." : "", interests);
    }
}
