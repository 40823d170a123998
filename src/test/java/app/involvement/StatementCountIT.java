package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.identity.StaffDirectory;
import app.involvement.provider.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Lists behind lazy grids cost one page query and one count, however many rows there are. */
class StatementCountIT extends IntegrationTestBase {

    @Autowired
    private StaffDirectory staff;

    @Autowired
    private Programmes programmes;

    @Test
    void staffList_isOnePageQueryAndOneCount() {
        as(DemoLogins.NB_LEAD, () -> {
            StatementCounter.reset();
            assertThat(staff.list(PageRequest.of(0, 50))).isNotEmpty();
            staff.count();
            assertThat(StatementCounter.count()).isEqualTo(2);
        });
    }

    @Test
    void programmeList_isOnePageQueryAndOneCount() {
        as(DemoLogins.NB_COORDINATOR, () -> {
            StatementCounter.reset();
            assertThat(programmes.list(PageRequest.of(0, 50))).isNotEmpty();
            programmes.count();
            assertThat(StatementCounter.count()).isEqualTo(2);
        });
    }
}
