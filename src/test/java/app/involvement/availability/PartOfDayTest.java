package app.involvement.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Which parts of the day a session touches: morning before 12:00, afternoon to 17:00, evening after. */
class PartOfDayTest {

    @Test
    void aSessionTouchesEveryPartItOverlaps_andNoneItOnlyBorders() {
        assertThat(PartOfDay.touched(LocalTime.of(9, 0), LocalTime.of(12, 0))).containsExactly(PartOfDay.MORNING);
        assertThat(PartOfDay.touched(LocalTime.of(11, 30), LocalTime.of(12, 30)))
                .containsExactly(PartOfDay.MORNING, PartOfDay.AFTERNOON);
        assertThat(PartOfDay.touched(LocalTime.of(12, 0), LocalTime.of(17, 0))).containsExactly(PartOfDay.AFTERNOON);
        assertThat(PartOfDay.touched(LocalTime.of(16, 0), LocalTime.of(18, 0)))
                .containsExactly(PartOfDay.AFTERNOON, PartOfDay.EVENING);
        assertThat(PartOfDay.touched(LocalTime.of(17, 0), LocalTime.of(23, 45))).containsExactly(PartOfDay.EVENING);
        assertThat(PartOfDay.touched(LocalTime.of(8, 0), LocalTime.of(20, 0))).containsExactly(PartOfDay.values());
    }
}
