package app.involvement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The UK tax year runs from 6 April to 5 April. */
class TaxYearTest {

    @Test
    void fifthOfApril_endsTheYear_andSixthStartsTheNext() {
        assertThat(TaxYear.of(LocalDate.of(2027, 4, 5))).isEqualTo(new TaxYear(2026));
        assertThat(TaxYear.of(LocalDate.of(2027, 4, 6))).isEqualTo(new TaxYear(2027));
        assertThat(TaxYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(new TaxYear(2026));
        assertThat(TaxYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(new TaxYear(2026));
        assertThat(new TaxYear(2026).from()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(new TaxYear(2026).to()).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(new TaxYear(2026).contains(LocalDate.of(2027, 4, 5))).isTrue();
        assertThat(new TaxYear(2026).contains(LocalDate.of(2027, 4, 6))).isFalse();
        assertThat(new TaxYear(2026).contains(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(new TaxYear(2029).label()).isEqualTo("2029–30");
        assertThat(new TaxYear(1999).label()).isEqualTo("1999–00");
    }

    @Test
    void theWarning_showsFromTheThresholdOn_andNeverWithoutOne() {
        LocalDate from = LocalDate.of(2026, 4, 6);
        LocalDate to = LocalDate.of(2027, 4, 5);
        assertThat(new TaxYearTotal(from, to, 9_000, 999, 10_000L).thresholdReached()).isFalse();
        assertThat(new TaxYearTotal(from, to, 9_000, 1_000, 10_000L).thresholdReached()).isTrue();
        assertThat(new TaxYearTotal(from, to, 9_000_000, 0, null).thresholdReached()).isFalse();
    }
}
