package app.involvement.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.involvement.payments.FeeBasis;
import app.involvement.payments.FeeRate;
import org.junit.jupiter.api.Test;

/** The fee of one session from one rate: to the minute and rounded half up by the hour; half or whole day by length. */
class FeeCalculatorTest {

    @Test
    void byTheHour_isPaidToTheMinute_roundedHalfUpToAPenny() {
        var rate = new FeeRate(1L, FeeBasis.PER_HOUR, 1999, null, 0);
        assertThat(FeeCalculator.forSession(rate, 60)).isEqualTo(1999);
        assertThat(FeeCalculator.forSession(rate, 30)).as("999.5 → 1000").isEqualTo(1000);
        assertThat(FeeCalculator.forSession(rate, 1)).as("33.3 → 33").isEqualTo(33);
        assertThat(FeeCalculator.forSession(rate, 480)).isEqualTo(8 * 1999);
    }

    @Test
    void aHalfDay_isUpToFourHours_aWholeDayFromAMinuteMore() {
        var rate = new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 13000L, 0);
        assertThat(FeeCalculator.forSession(rate, 15)).isEqualTo(7500);
        assertThat(FeeCalculator.forSession(rate, 240)).isEqualTo(7500);
        assertThat(FeeCalculator.forSession(rate, 241)).isEqualTo(13000);
        assertThat(FeeCalculator.forSession(rate, 600)).isEqualTo(13000);
    }

    @Test
    void theWholeDay_withoutItsOwnAmount_isTwoHalfDays() {
        assertThat(FeeCalculator.forSession(new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, null, 0), 300))
                .isEqualTo(15000);
    }

    @Test
    void thePreparationAllowance_isAddedOncePerSession_onEveryBasis() {
        assertThat(FeeCalculator.forSession(new FeeRate(1L, FeeBasis.PER_HOUR, 2000, null, 1000), 90)).isEqualTo(4000);
        assertThat(FeeCalculator.forSession(new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 13000L, 500), 120))
                .isEqualTo(8000);
        assertThat(FeeCalculator.forSession(new FeeRate(1L, FeeBasis.HALF_OR_WHOLE_DAY, 7500, 13000L, 500), 300))
                .isEqualTo(13500);
    }
}
