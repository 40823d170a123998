package app.involvement.pool.internal;

import app.involvement.identity.Role;
import app.involvement.shared.SearchText;
import app.involvement.tenancy.NewProvider;
import app.involvement.tenancy.ProviderService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A generator for performance work: with {@code involvement.demo.bulk-partners=N} (demo profile) it
 * creates the provider "Bulk Demo University" (code {@code BULK}) with N partners, their interests and
 * consented experience categories. Batch inserts through JDBC name the tenant explicitly (DD006).
 */
@Component
@Profile("demo & !mysql")
@Order(5)
public class BulkDemoPartners implements ApplicationRunner {

    static final String CODE = "BULK";
    private static final Logger LOG = LoggerFactory.getLogger(BulkDemoPartners.class);
    private static final String[] FIRST = {"Alex", "Bea", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon",
            "Kim", "Lee", "Mo", "Ned", "Ola", "Pat", "Raj", "Sue", "Tam", "Val"};
    private static final String[] LAST = {"Adams", "Brown", "Cole", "Dunn", "Ellis", "Ford", "Gray", "Hart", "Ince",
            "Jay", "Khan", "Lamb", "Moss", "Nash", "Orr", "Pike", "Rose", "Shaw", "Todd", "Wong"};
    private static final String[] STATUS = {"ACTIVE", "ACTIVE", "ACTIVE", "RESTING", "APPLICANT", "LEFT"};
    private static final String[] KIND = {"SERVICE_USER", "CARER", "BOTH"};
    private static final int BATCH = 1000;

    private final int count;
    private final ProviderService providers;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BulkDemoPartners(@Value("${involvement.demo.bulk-partners:0}") int count, ProviderService providers,
            JdbcTemplate jdbc, Clock clock) {
        this.count = count;
        this.providers = providers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0 || providers.findByShortCode(CODE).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        Long tenant = createProviderAsPlatformAdmin();
        for (String c : List.of("Mental health services", "Stroke survivor", "Parent carer", "Learning disability",
                "Long-term condition", "Physical disability")) {
            jdbc.update("insert into experience_category (version, tenant_id, name) values (0, ?, ?)", tenant, c);
        }
        List<Long> categories = jdbc.queryForList("select id from experience_category where tenant_id = ? order by id",
                Long.class, tenant);
        List<Long> types = jdbc.queryForList("select id from activity_type where tenant_id = ? order by id",
                Long.class, tenant);
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean consent = i % 2 == 0;
            String preferredName = FIRST[i % FIRST.length] + " " + (i + 1);
            String fullName = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            rows.add(new Object[] {tenant, preferredName, fullName, SearchText.normalise(preferredName),
                    SearchText.normalise(fullName), SearchText.lastWord(fullName),
                    "bulk" + i + "@partners.example", KIND[i % KIND.length], STATUS[i % STATUS.length],
                    Date.valueOf(today.minusDays(i % 400)), "EMAIL", "FEE",
                    consent ? "experience-consent-v1" : null, consent ? "Bulk demo consent" : null, consent ? now : null,
                    i % 7 == 0 ? null : Date.valueOf(today.minusDays(i % 730)), now});
        }
        jdbc.batchUpdate("insert into partner (version, tenant_id, preferred_name, full_name, search_name,"
                + " search_full_name, search_surname, email, kind, status,"
                + " status_since, contact_preference, payment_choice, consent_version, consent_text, consent_given_at,"
                + " last_involved_on, created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH,
                (ps, row) -> {
                    for (int c = 0; c < row.length; c++) {
                        ps.setObject(c + 1, row[c]);
                    }
                });
        List<Long> ids = jdbc.queryForList("select id from partner where tenant_id = ? order by id", Long.class, tenant);
        List<Object[]> interests = new ArrayList<>();
        List<Object[]> experiences = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            interests.add(new Object[] {tenant, ids.get(i), types.get(i % types.size())});
            interests.add(new Object[] {tenant, ids.get(i), types.get((i + 3) % types.size())});
            if (i % 2 == 0) {
                experiences.add(new Object[] {tenant, ids.get(i), categories.get(i % categories.size())});
            }
        }
        jdbc.batchUpdate("insert into partner_interest (version, tenant_id, partner_id, activity_type_id)"
                + " values (0, ?, ?, ?)", interests, BATCH, (ps, row) -> set(ps, row));
        jdbc.batchUpdate("insert into partner_experience (version, tenant_id, partner_id, category_id)"
                + " values (0, ?, ?, ?)", experiences, BATCH, (ps, row) -> set(ps, row));
        LOG.info("Bulk demo: {} partners in provider {} in {} ms", count, CODE, (System.nanoTime() - started) / 1_000_000);
    }

    private static void set(java.sql.PreparedStatement ps, Object[] row) throws java.sql.SQLException {
        for (int c = 0; c < row.length; c++) {
            ps.setObject(c + 1, row[c]);
        }
    }

    /** Onboards the provider as the platform admin would; creating a provider checks the caller's role. */
    private Long createProviderAsPlatformAdmin() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-seed", null,
                List.of(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return providers.create(new NewProvider("Bulk Demo University", CODE, "Bulk Demo",
                    "involvement@bulk.example", null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
