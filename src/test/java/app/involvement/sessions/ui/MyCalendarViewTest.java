package app.involvement.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import app.involvement.shell.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner makes their calendar link, sees it once (with a subscribe link), makes a new one after confirming
 * (the old one stops working), and stops it.
 */
class MyCalendarViewTest extends ViewTestBase {

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void noLinkLeft() {
        jdbc.update("update calendar_feed set revoked_at = current_timestamp where revoked_at is null");
    }

    private long working() {
        return jdbc.queryForObject("select count(*) from calendar_feed where revoked_at is null", Long.class);
    }

    @Test
    void partner_makesALink_seesItOnce_replacesIt_andStopsIt() {
        as(DemoLogins.NB_CARER, () -> {
            UI.getCurrent().navigate(MyCalendarView.class);
            assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                    .contains("You do not have a calendar link yet.");

            test(find(Button.class).withText("Make my calendar link").single()).click();
            String link = find(TextField.class).withCaption("Your private calendar link").single().getValue();
            assertThat(link).matches("http://localhost:8080/calendar/[0-9]+/[A-Za-z0-9_-]{43}\\.ics");
            assertThat(find(Anchor.class).withText("Add to my calendar").single().getHref())
                    .isEqualTo(link.replace("http://", "webcal://"));
            assertThat(working()).isOne();

            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().navigate(MyCalendarView.class);
            assertThat(find(TextField.class).all()).as("the secret is shown only when made").isEmpty();
            assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                    .anyMatch(t -> t.startsWith("Your calendar link works. You made it on "));

            test(find(Button.class).withText("Make a new link").single()).click();
            test(find(Button.class).withId("my-calendar-confirm").single()).click();
            String second = find(TextField.class).withCaption("Your private calendar link").single().getValue();
            assertThat(second).isNotEqualTo(link);
            assertThat(working()).isOne();

            test(find(Button.class).withText("Stop my link").single()).click();
            test(find(Button.class).withId("my-calendar-confirm").single()).click();
            assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                    .contains("You do not have a calendar link yet.");
        });
        assertThat(working()).isZero();
    }
}
