package app.involvement.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void pounds_areWrittenWithThePoundSign_inEnglishAndWelsh() {
        assertThat(Money.format(123_450, Locale.forLanguageTag("en-GB"))).isEqualTo("£1,234.50");
        assertThat(Money.format(123_450, Locale.forLanguageTag("cy-GB"))).isEqualTo("£1,234.50");
        assertThat(Money.format(5, Locale.US)).isEqualTo("£0.05");
    }

    @Test
    void poundsAndPence_becomeWholePence_andAThirdDecimalPlaceIsRefused() {
        assertThat(Money.toPence(new BigDecimal("12.5"))).isEqualTo(1250);
        assertThat(Money.toPence(new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(Money.toPence(new BigDecimal("12.500"))).isEqualTo(1250);
        assertThatThrownBy(() -> Money.toPence(new BigDecimal("12.345")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("money.pence"));
    }

    @Test
    void proRata_roundsHalfUpToAWholePenny() {
        assertThat(Money.proRata(2000, 90, 60)).isEqualTo(3000);
        assertThat(Money.proRata(1000, 20, 60)).isEqualTo(333);
        assertThat(Money.proRata(1001, 30, 60)).isEqualTo(501);
    }
}
