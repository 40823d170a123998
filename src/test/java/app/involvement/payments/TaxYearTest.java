package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaxYearTest {

    @Test
    void theFifthOfApril_endsTheYear_andTheSixthStartsTheNext() {
        assertThat(TaxYear.of(LocalDate.of(2027, 4, 5))).isEqualTo(new TaxYear(2026));
        assertThat(TaxYear.of(LocalDate.of(2027, 4, 6))).isEqualTo(new TaxYear(2027));
        assertThat(TaxYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(new TaxYear(2026));
        assertThat(TaxYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(new TaxYear(2026));
    }

    @Test
    void aYear_runsFromTheSixthOfApril_toTheFifthOfAprilNext_andIsNamedByBoth() {
        var year = new TaxYear(2026);
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(year.to()).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(year.contains(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(year.contains(LocalDate.of(2027, 4, 5))).isTrue();
        assertThat(year.label()).isEqualTo("2026–27");
    }

    @Test
    void theThresholdWarning_showsOnceThePaidAndOnTheWayTotalReachesIt() {
        assertThat(new TaxYearTotal(null, null, 40_000, 9_999, 50_000L).thresholdReached()).isFalse();
        assertThat(new TaxYearTotal(null, null, 40_000, 10_000, 50_000L).thresholdReached()).isTrue();
        assertThat(new TaxYearTotal(null, null, 1_000_000, 0, null).thresholdReached()).isFalse();
    }
}
