package app.involvement.provider.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.StatementCounter;
import app.involvement.ViewTestBase;
import app.involvement.shell.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Programme details: named staff, the current definition and its history, new versions and edits. */
class ProgrammeDetailsViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void lead_seesNamedStaffCurrentDefinitionAndEarlierVersions() {
        Long id = programme("NBU", "BSc (Hons) Physiotherapy");
        as(DemoLogins.NB_LEAD, () -> {
            open(id);
            String facts = find(DescriptionList.class).single().getElement().getTextRecursively();
            assertThat(facts).contains("Physiotherapists", "Asha Patel", "Colin Okafor");
            assertThat(text()).contains("Version 2, written by Asha Patel", "Who the service users and carers are");
            assertThat(find(Details.class).all()).hasSize(1);
            assertThat(find(Details.class).single().getSummaryText()).startsWith("Version 1");
            assertThat(find(Span.class).withText("Review due").all()).isEmpty();
        });
    }

    @Test
    void anOverdueReview_isShownAsDue() {
        Long id = programme("SMC", "BSc (Hons) Paramedic Science");
        jdbc.update("update programme_definition set next_review_on = ? where programme_id = ?",
                LocalDate.now().minusDays(3), id);
        as(DemoLogins.SM_COORDINATOR, () -> {
            open(id);
            assertThat(find(Span.class).withText("Review due").all()).hasSize(1);
        });
        jdbc.update("update programme_definition set next_review_on = ? where programme_id = ?",
                LocalDate.now().plusYears(1), id);
    }

    @Test
    void coordinator_writesANewVersion_shownAsCurrent() {
        Long id = programme("NBU", "BSc (Hons) Paramedic Science");
        long before = versions(id);
        as(DemoLogins.NB_COORDINATOR, () -> {
            open(id);
            test(find(Button.class).withText("New version").single()).click();
            var definition = find(TextArea.class).withLabel("Who the service users and carers are").single();
            assertThat(definition.getValue()).isNotBlank();
            test(definition).setValue("People who have used ambulance and urgent care services, and their carers.");
            test(find(DatePicker.class).single()).setValue(LocalDate.now().plusMonths(9));
            test(find(Button.class).withText("Save new version").single()).click();
            assertThat(text()).contains("Version " + (before + 1) + ", written by Colin Okafor",
                    "ambulance and urgent care services");
        });
        assertThat(versions(id)).isEqualTo(before + 1);
    }

    @Test
    void aDefinitionWithoutTextOrWithAPastReviewDate_isRefused_andNothingIsStored() {
        Long id = programme("NBU", "MSc Occupational Therapy (pre-registration)");
        long before = versions(id);
        as(DemoLogins.NB_LEAD, () -> {
            open(id);
            test(find(Button.class).withText("Write the definition").single()).click();
            var review = find(DatePicker.class).single();
            review.setValue(LocalDate.now().minusDays(1)); // the picker offers no past dates; the binder checks too
            test(find(Button.class).withText("Save new version").single()).click();
            assertThat(find(TextArea.class).withLabel("Why these groups").single().isInvalid()).isTrue();
            assertThat(review.isInvalid()).isTrue();
            assertThat(review.getErrorMessage()).isEqualTo("Enter a date after today and within 3 years");
        });
        assertThat(versions(id)).isEqualTo(before);
    }

    @Test
    void lead_editsTheProgramme() {
        Long id = jdbc.queryForObject("select id from programme where name = 'FdSc Operating Department Practice'", Long.class);
        as(DemoLogins.SM_LEAD, () -> {
            open(id);
            test(find(Button.class).withText("Edit programme").single()).click();
            test(find(TextField.class).withLabel("Level").single()).setValue("Foundation degree (FdSc)");
            test(find(Button.class).withText("Save programme").single()).click();
            assertThat(find(DescriptionList.class).single().getElement().getTextRecursively()).contains("Foundation degree (FdSc)");
        });
        assertThat(jdbc.queryForObject("select level from programme where id = ?", String.class, id))
                .isEqualTo("Foundation degree (FdSc)");
        jdbc.update("update programme set level = 'Foundation degree' where id = ?", id);
    }

    @Test
    void aNamedPersonWhoIsNoLongerLeadOrCoordinator_isShownAsSuch() {
        Long id = programme("NBU", "MSc Occupational Therapy (pre-registration)");
        Long finance = jdbc.queryForObject("select id from user_account where email = ?", Long.class, DemoLogins.NB_FINANCE);
        Long before = jdbc.queryForObject("select coordinator_user_id from programme where id = ?", Long.class, id);
        jdbc.update("update programme set coordinator_user_id = ? where id = ?", finance, id);
        try {
            as(DemoLogins.NB_LEAD, () -> {
                open(id);
                assertThat(find(DescriptionList.class).single().getElement().getTextRecursively())
                        .contains("No longer a lead or coordinator here").doesNotContain("Fiona Brennan");
            });
        } finally {
            jdbc.update("update programme set coordinator_user_id = ? where id = ?", before, id);
        }
    }

    @Test
    void theDetailsPage_readsInAFixedNumberOfStatements_howeverManyVersionsAndNames() {
        Long withHistory = programme("NBU", "BSc (Hons) Physiotherapy");
        Long withoutDefinition = programme("NBU", "MSc Occupational Therapy (pre-registration)");
        as(DemoLogins.NB_LEAD, () -> {
            open(withoutDefinition); // the layout reads memberships and the provider once, on the first page
            StatementCounter.reset();
            open(withHistory);
            int withVersions = StatementCounter.count();
            StatementCounter.reset();
            open(withoutDefinition);
            int withoutVersions = StatementCounter.count();
            // the programme, its provider's leads and coordinators by name, the definition history
            assertThat(withVersions).isEqualTo(withoutVersions).isEqualTo(3);
        });
    }

    @Test
    void finance_readsWithoutEditing() {
        Long id = programme("NBU", "BSc (Hons) Physiotherapy");
        as(DemoLogins.NB_FINANCE, () -> {
            open(id);
            assertThat(text()).contains("Version 2");
            assertThat(find(Button.class).withText("Edit programme").all()).isEmpty();
            assertThat(find(Button.class).withText("New version").all()).isEmpty();
        });
    }

    @Test
    void anotherProvidersProgrammeId_isNotFound() {
        Long northbridge = programme("NBU", "BSc (Hons) Physiotherapy");
        as(DemoLogins.SM_LEAD, () -> {
            UI.getCurrent().navigate("programmes/" + northbridge);
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("programmes/999999999999");
            assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        });
    }

    private void open(Long id) {
        UI.getCurrent().navigate("programmes/" + id);
        assertThat(getCurrentView()).isInstanceOf(ProgrammeDetailsView.class);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private long versions(Long programmeId) {
        return jdbc.queryForObject("select count(*) from programme_definition where programme_id = ?", Long.class, programmeId);
    }

    private Long programme(String provider, String name) {
        return jdbc.queryForObject("select p.id from programme p join provider v on v.id = p.tenant_id"
                + " where v.short_code = ? and p.name = ?", Long.class, provider, name);
    }
}
