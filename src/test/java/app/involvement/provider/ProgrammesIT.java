package app.involvement.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.involvement.DemoLogins;
import app.involvement.IntegrationTestBase;
import app.involvement.identity.Role;
import app.involvement.identity.StaffChoice;
import app.involvement.identity.StaffDirectory;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Adding and changing programmes, naming their lead and coordinator, and versioning their definitions. */
class ProgrammesIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    private Programmes programmes;

    @Autowired
    private ProgrammeDefinitions definitions;

    @Autowired
    private StaffDirectory staff;

    @Test
    void choices_areTheProvidersLeadsAndCoordinators() {
        var choices = as(DemoLogins.NB_COORDINATOR, staff::choices);
        assertThat(choices).extracting(StaffChoice::displayName).contains("Asha Patel", "Colin Okafor")
                .doesNotContain("Fiona Brennan", "Gareth Hughes");
        assertThat(choices).extracting(StaffChoice::role).containsOnly(Role.LEAD, Role.COORDINATOR);
        assertThatThrownBy(() -> as(DemoLogins.NB_PARTNER, staff::choices)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coordinator_addsAProgrammeWithNamedStaff_andEditsIt() {
        String name = "MSc Dietetics " + System.nanoTime();
        var choices = as(DemoLogins.NB_COORDINATOR, staff::choices);
        Long lead = userId(choices, Role.LEAD);
        Long coordinator = userId(choices, Role.COORDINATOR);

        var added = as(DemoLogins.NB_COORDINATOR, () -> programmes.add(
                new ProgrammeInput("  " + name + " ", HcpcProfession.DIETITIANS, "Postgraduate", lead, coordinator)));
        assertThat(added.name()).isEqualTo(name);
        var details = as(DemoLogins.NB_LEAD, () -> programmes.details(added.id())).orElseThrow();
        assertThat(details.leadUserId()).isEqualTo(lead);
        assertThat(details.coordinatorUserId()).isEqualTo(coordinator);

        as(DemoLogins.NB_LEAD, () -> programmes.update(added.id(),
                new ProgrammeInput(name + " (part-time)", HcpcProfession.DIETITIANS, "Postgraduate", lead, null)));
        var changed = as(DemoLogins.NB_FINANCE, () -> programmes.details(added.id())).orElseThrow();
        assertThat(changed.name()).endsWith("(part-time)");
        assertThat(changed.coordinatorUserId()).isNull();
        assertThat(jdbc.queryForObject("select tenant_id from programme where id = ?", Long.class, added.id()))
                .isEqualTo(providerId("NBU"));
    }

    @Test
    void programmeChanges_areAudited_andAnotherProvidersProgrammeIsRefusedAndRecorded() {
        String name = "BSc Audited " + System.nanoTime();
        var added = as(DemoLogins.NB_COORDINATOR, () -> programmes.add(
                new ProgrammeInput(name, HcpcProfession.PARAMEDICS, "Undergraduate", null, null)));
        as(DemoLogins.NB_LEAD, () -> programmes.update(added.id(),
                new ProgrammeInput(name + " (apprenticeship)", HcpcProfession.PARAMEDICS, "Undergraduate", null, null)));
        as(DemoLogins.NB_LEAD, () -> definitions.add(added.id(), new NewDefinition("People with lived experience",
                "Agreed at the advisory group", TODAY.plusYears(1))));
        String subject = "programme " + added.id();
        assertThat(jdbc.queryForList("select event_type from audit_entry where subject = ? order by id", String.class, subject))
                .containsExactly("PROGRAMME_ADDED", "PROGRAMME_CHANGED", "DEFINITION_ADDED");
        assertThat(jdbc.queryForObject("select actor from audit_entry where event_type = 'PROGRAMME_CHANGED' and subject = ?",
                String.class, subject)).isEqualTo(DemoLogins.NB_LEAD);

        as(DemoLogins.SM_LEAD, () -> assertThatThrownBy(() -> programmes.update(added.id(),
                new ProgrammeInput("Taken over", HcpcProfession.PARAMEDICS, "Undergraduate", null, null)))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where event_type = 'ACCESS_DENIED_RECORD'"
                + " and subject = ? and actor = ?", Long.class, subject, DemoLogins.SM_LEAD)).isOne();
        assertThat(jdbc.queryForObject("select name from programme where id = ?", String.class, added.id()))
                .isEqualTo(name + " (apprenticeship)");
    }

    @Test
    void invalidProgrammes_areRefused_andNothingIsStored() {
        long before = count("programme");
        Long southmoorLead = as(DemoLogins.SM_LEAD, () -> userId(staff.choices(), Role.LEAD));
        Long finance = jdbc.queryForObject("select id from user_account where email = ?", Long.class, DemoLogins.NB_FINANCE);
        as(DemoLogins.NB_LEAD, () -> {
            assertRefused(new ProgrammeInput(" ", HcpcProfession.DIETITIANS, "UG", null, null), "field.required");
            assertRefused(new ProgrammeInput("x".repeat(161), HcpcProfession.DIETITIANS, "UG", null, null), "field.too-long");
            assertRefused(new ProgrammeInput("New one", null, "UG", null, null), "field.required");
            assertRefused(new ProgrammeInput("New one", HcpcProfession.DIETITIANS, "x".repeat(41), null, null), "field.too-long");
            assertRefused(new ProgrammeInput("bsc (hons) physiotherapy", HcpcProfession.DIETITIANS, "UG", null, null),
                    "programme.name.taken");
            assertRefused(new ProgrammeInput("New one", HcpcProfession.DIETITIANS, "UG", southmoorLead, null),
                    "programme.staff.unknown");
            assertRefused(new ProgrammeInput("New one", HcpcProfession.DIETITIANS, "UG", null, finance),
                    "programme.staff.unknown");
            assertRefused(new ProgrammeInput("New one", HcpcProfession.DIETITIANS, "UG", 999_999_999L, null),
                    "programme.staff.unknown");
        });
        assertThatThrownBy(() -> as(DemoLogins.NB_FINANCE, () -> programmes.add(
                new ProgrammeInput("By finance", HcpcProfession.DIETITIANS, "UG", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("programme")).isEqualTo(before);
    }

    @Test
    void definitions_areVersionedNewestFirst_withAuthorAndReviewDate() {
        Long id = newProgramme();
        var first = as(DemoLogins.NB_LEAD, () -> definitions.add(id,
                new NewDefinition("People who use dietetic services", "Because", TODAY.plusYears(1))));
        var second = as(DemoLogins.NB_COORDINATOR, () -> definitions.add(id,
                new NewDefinition("People who use dietetic services and carers", "Broader", TODAY.plusMonths(6))));
        assertThat(first.number()).isOne();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.authorName()).isEqualTo("Colin Okafor");

        var history = as(DemoLogins.NB_FINANCE, () -> definitions.history(id));
        assertThat(history).extracting(DefinitionVersion::number).containsExactly(2, 1);
        assertThat(history.getFirst().reviewDue(TODAY)).isFalse();
        assertThat(history.getFirst().reviewDue(TODAY.plusMonths(7))).isTrue();
    }

    @Test
    void invalidDefinitions_areRefused_andNothingIsStored() {
        Long id = newProgramme();
        as(DemoLogins.NB_LEAD, () -> {
            assertRefused(id, new NewDefinition("", "Because", TODAY.plusYears(1)), "field.required");
            assertRefused(id, new NewDefinition("Text", "x".repeat(4001), TODAY.plusYears(1)), "field.too-long");
            assertRefused(id, new NewDefinition("Text", "Because", null), "field.required");
            assertRefused(id, new NewDefinition("Text", "Because", TODAY), "definition.review.not-future");
            assertRefused(id, new NewDefinition("Text", "Because", TODAY.plusYears(3).plusDays(1)), "definition.review.too-far");
            assertThatThrownBy(() -> definitions.add(999_999_999L, new NewDefinition("Text", "Because", TODAY.plusYears(1))))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> as(DemoLogins.NB_FINANCE, () -> definitions.add(id,
                new NewDefinition("Text", "Because", TODAY.plusYears(1))))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from programme_definition where programme_id = ?", Long.class, id)).isZero();
    }

    @Test
    void demoProgrammes_haveNamedStaffAndADefinition() {
        Long physio = jdbc.queryForObject("select p.id from programme p join provider v on v.id = p.tenant_id"
                + " where v.short_code = 'NBU' and p.name = 'BSc (Hons) Physiotherapy'", Long.class);
        var details = as(DemoLogins.NB_LEAD, () -> programmes.details(physio)).orElseThrow();
        assertThat(details.leadUserId()).isNotNull();
        assertThat(details.coordinatorUserId()).isNotNull();
        var history = as(DemoLogins.NB_LEAD, () -> definitions.history(physio));
        assertThat(history).hasSize(2);
        assertThat(history.getLast().reviewDue(TODAY)).isTrue();
    }

    private Long newProgramme() {
        return as(DemoLogins.NB_LEAD, () -> programmes.add(new ProgrammeInput("BSc Dietetics " + System.nanoTime(),
                HcpcProfession.DIETITIANS, "Undergraduate", null, null)).id());
    }

    private void assertRefused(ProgrammeInput input, String key) {
        assertThatThrownBy(() -> programmes.add(input)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    private void assertRefused(Long programmeId, NewDefinition definition, String key) {
        assertThatThrownBy(() -> definitions.add(programmeId, definition)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static Long userId(java.util.List<StaffChoice> choices, Role role) {
        return choices.stream().filter(c -> c.role() == role).findFirst().orElseThrow().userId();
    }
}
