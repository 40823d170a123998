package app.involvement.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

    @Test
    void firstSeptemberStartsTheYear_thirtyFirstAugustEndsIt() {
        assertThat(AcademicYear.of(LocalDate.of(2025, 8, 31))).isEqualTo(new AcademicYear(2024));
        assertThat(AcademicYear.of(LocalDate.of(2025, 9, 1))).isEqualTo(new AcademicYear(2025));
        assertThat(AcademicYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(new AcademicYear(2025));
        assertThat(new AcademicYear(2025).firstDay()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(new AcademicYear(2025).lastDay()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void label_isTheTwoYearsShort() {
        assertThat(new AcademicYear(2025).label()).isEqualTo("2025/26");
        assertThat(new AcademicYear(2099).label()).isEqualTo("2099/00");
    }

    @Test
    void nonsenseYears_areRefused() {
        assertThatThrownBy(() -> new AcademicYear(1999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AcademicYear(2101)).isInstanceOf(IllegalArgumentException.class);
    }
}
