package app.involvement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shared.Language;
import app.involvement.shared.UkFormats;
import app.involvement.shared.evidence.EvidencePart;
import app.involvement.shared.evidence.EvidenceRequest;
import app.involvement.shared.evidence.EvidenceSource;
import app.involvement.shared.evidence.EvidenceTable;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The two evidence sources this helper writes, on data made here with known answers: the definitions part (a
 * programme's named staff and newest definition; an unnamed, undefined one says so) and the support part
 * (training coverage counted over active partners only, events held, support requests by outcome in the period).
 * Each answers only in its own provider, and only to a reviewer or the provider's lead.
 */
class EvidenceSourcesTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private List<EvidenceSource> sources;

    private final LocalDate today = LocalDate.now(UkFormats.UK_TIME);

    @Test
    void definitions_showTheNamedStaffAndTheNewestDefinition_andSayWhatIsMissing() {
        Long nbu = provider("NBU");
        String named = "Evidence BSc Paramedics " + System.nanoTime();
        String bare = "Evidence MSc Unnamed " + System.nanoTime();
        Long lead = user(DemoLogins.NB_LEAD);
        Long coordinator = user(DemoLogins.NB_COORDINATOR);
        jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at, lead_user_id,"
                + " coordinator_user_id) values (0, ?, ?, 'PARAMEDICS', 'Undergraduate', current_timestamp, ?, ?)",
                nbu, named, lead, coordinator);
        jdbc.update("insert into programme (version, tenant_id, name, profession, level, created_at) values"
                + " (0, ?, ?, 'DIETITIANS', 'Postgraduate', current_timestamp)", nbu, bare);
        Long programme = jdbc.queryForObject("select id from programme where name = ?", Long.class, named);
        for (int version = 1; version <= 2; version++) {
            jdbc.update("insert into programme_definition (version, tenant_id, programme_id, version_number,"
                    + " definition_text, justification, author_user_id, author_name, created_at, next_review_on)"
                    + " values (0, ?, ?, ?, ?, ?, ?, 'Asha Patel', current_timestamp, ?)", nbu, programme, version,
                    "Definition v" + version, "Because v" + version, lead, today.plusYears(1));
        }

        List<EvidenceTable> tables = tables(DemoLogins.NB_LEAD, EvidencePart.DEFINITIONS, Language.ENGLISH);
        EvidenceTable programmes = table(tables, "programmes");
        List<String> row = row(programmes, named);
        assertThat(row.subList(0, 6)).containsExactly(named, "Paramedics", "Undergraduate", name(lead),
                name(coordinator), "2");
        assertThat(row(programmes, bare).subList(3, 6)).containsExactly("Not named", "Not named", "No definition yet");
        assertThat(row(table(tables, "definitions"), named)).containsExactly(named, "2", "Definition v2", "Because v2");
        assertThat(table(tables, "definitions").rows()).noneMatch(r -> r.getFirst().equals(bare));

        List<EvidenceTable> welsh = tables(DemoLogins.NB_LEAD, EvidencePart.DEFINITIONS, Language.WELSH);
        assertThat(row(table(welsh, "programmes"), bare).subList(1, 6)).containsExactly("Deietegwyr", "Postgraduate",
                "Heb ei enwi", "Heb ei enwi", "Dim diffiniad eto");

        List<EvidenceTable> southmoor = tables(DemoLogins.SM_LEAD, EvidencePart.DEFINITIONS, Language.ENGLISH);
        assertThat(table(southmoor, "programmes").rows()).noneMatch(r -> r.contains(named) || r.contains(bare));
    }

    @Test
    void support_countsTrainingOverActivePartners_andRequestsInThePeriodByOutcome() {
        Long nbu = provider("NBU");
        String title = "Evidence module " + System.nanoTime();
        jdbc.update("insert into training_module (version, tenant_id, title, delivery, validity_months)"
                + " values (0, ?, ?, 'ONLINE', 12)", nbu, title);
        Long module = jdbc.queryForObject("select id from training_module where title = ?", Long.class, title);
        List<Long> active = jdbc.queryForList("select id from partner where tenant_id = ? and status = 'ACTIVE'"
                + " order by id", Long.class, nbu);
        long activeCount = active.size();
        assertThat(activeCount).isGreaterThanOrEqualTo(4);
        record(nbu, active.get(0), module, today.minusDays(10), today.plusDays(300), true);  // current
        record(nbu, active.get(1), module, today.minusDays(400), today.minusDays(35), true); // expired
        record(nbu, active.get(2), module, today.minusDays(5), null, false);                 // waiting
        record(nbu, active.get(3), module, today.plusDays(5), null, true);                   // not yet: not done
        jdbc.queryForList("select id from partner where tenant_id = ? and status <> 'ACTIVE'", Long.class, nbu)
                .stream().findFirst().ifPresent(gone -> record(nbu, gone, module, today.minusDays(3), null, true));
        jdbc.update("insert into training_event (version, tenant_id, module_id, held_on, place, online, places)"
                + " values (0, ?, ?, ?, 'Room 1', false, 10)", nbu, module, today.minusDays(20));
        Long event = jdbc.queryForObject("select max(id) from training_event where module_id = ?", Long.class, module);
        jdbc.update("insert into training_booking (version, tenant_id, event_id, partner_id, attended) values"
                + " (0, ?, ?, ?, true), (0, ?, ?, ?, false)", nbu, event, active.get(0), nbu, event, active.get(1));

        List<String> taxisBefore = row(table(tables(DemoLogins.NB_LEAD, EvidencePart.SUPPORT, Language.ENGLISH),
                "support-requests"), "Taxi", true);
        for (String status : List.of("ARRANGED", "DECLINED", "REQUESTED")) {
            request(nbu, active.get(0), status, today.minusDays(2));
        }
        request(nbu, active.get(0), "ARRANGED", today.minusYears(3)); // before the period

        List<EvidenceTable> tables = tables(DemoLogins.NB_LEAD, EvidencePart.SUPPORT, Language.ENGLISH);
        assertThat(row(table(tables, "training-coverage"), title)).containsExactly(title, "Online", "12 months", "1",
                "1", "1", String.valueOf(activeCount - 3), "1", "1");
        assertThat(table(tables, "training-coverage").description()).contains("of the " + activeCount + " active");
        List<String> taxis = row(table(tables, "support-requests"), "Taxi");
        for (int column = 1; column <= 4; column++) {
            int added = column == 1 ? 3 : 1;
            assertThat(Long.parseLong(taxis.get(column))).as(table(tables, "support-requests").columns().get(column))
                    .isEqualTo(Long.parseLong(taxisBefore.isEmpty() ? "0" : taxisBefore.get(column)) + added);
        }
        assertThat(table(tables, "named-contacts").rows().getLast().getFirst()).isEqualTo("No named contact");

        List<EvidenceTable> southmoor = tables(DemoLogins.SM_LEAD, EvidencePart.SUPPORT, Language.ENGLISH);
        assertThat(table(southmoor, "training-coverage").rows()).noneMatch(r -> r.contains(title));
    }

    @Test
    void onlyAReviewerOrTheLead_mayAskASource() {
        for (String account : List.of(DemoLogins.NB_COORDINATOR, DemoLogins.NB_PARTNER, DemoLogins.NB_FINANCE)) {
            for (EvidencePart part : List.of(EvidencePart.DEFINITIONS, EvidencePart.SUPPORT)) {
                assertThatThrownBy(() -> tables(account, part, Language.ENGLISH)).as(account + " " + part)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    private List<EvidenceTable> tables(String account, EvidencePart part, Language language) {
        var request = new EvidenceRequest(language, today, today.minusMonths(24).plusDays(1), today,
                id -> "P-" + id);
        @SuppressWarnings("unchecked")
        List<EvidenceTable>[] result = new List[1];
        as(account, () -> result[0] = sources.stream().filter(s -> s.part() == part)
                .filter(s -> s.getClass().getName().contains(part == EvidencePart.SUPPORT ? "training" : "provider"))
                .flatMap(s -> s.tables(request).stream()).toList());
        return result[0];
    }

    private static EvidenceTable table(List<EvidenceTable> tables, String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> row(EvidenceTable table, String first) {
        return row(table, first, false);
    }

    private static List<String> row(EvidenceTable table, String first, boolean mayBeMissing) {
        var found = table.rows().stream().filter(r -> r.getFirst().equals(first)).findFirst();
        if (mayBeMissing) {
            return found.orElse(List.of());
        }
        return found.orElseThrow(() -> new AssertionError("no row " + first + " in " + table.rows()));
    }

    private void record(Long tenant, Long partner, Long module, LocalDate completed, LocalDate validUntil,
            boolean confirmed) {
        jdbc.update("insert into training_record (version, tenant_id, partner_id, module_id, completed_on, valid_until,"
                + " confirmed) values (0, ?, ?, ?, ?, ?, ?)", tenant, partner, module, completed, validUntil, confirmed);
    }

    private void request(Long tenant, Long partner, String status, LocalDate on) {
        jdbc.update("insert into support_request (version, tenant_id, partner_id, kind, status, requested_at)"
                + " values (0, ?, ?, 'TAXI', ?, ?)", tenant, partner, status,
                java.sql.Timestamp.from(on.atTime(12, 0).atZone(UkFormats.UK_TIME).toInstant()));
    }

    private Long provider(String code) {
        return jdbc.queryForObject("select id from provider where short_code = ?", Long.class, code);
    }

    private Long user(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private String name(Long user) {
        return jdbc.queryForObject("select display_name from user_account where id = ?", String.class, user);
    }
}
