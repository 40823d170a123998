package app.involvement.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.DemoLogins;
import app.involvement.ViewTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;

/** Notices never pile up over the header: a new one replaces the one still showing. */
class NoticesTest extends ViewTestBase {

    @Test
    void aNewNotice_replacesTheOneStillShowing() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            UI.getCurrent().navigate("");
            Notices.success("First saved");
            Notices.success("Second saved");
            Notices.error("Third refused");
            roundTrip();
            var open = find(Notification.class).all().stream().filter(Notification::isOpened).toList();
            assertThat(open).hasSize(1);
            assertThat(test(open.getFirst()).getText()).isEqualTo("Third refused");
        });
    }
}
