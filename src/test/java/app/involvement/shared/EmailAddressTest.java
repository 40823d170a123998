package app.involvement.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for e-mail addresses in every form and service, with a message saying what is wrong. */
class EmailAddressTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "<script>@x.com                 | email.local-part",
            "\"quoted\"@example.org         | email.local-part",
            "two words@example.org          | email.local-part",
            "a,b@example.org                | email.local-part",
            "name@exa<mple.org              | email.domain",
            "name@example                   | email.domain",
            "name@-example.org              | email.domain",
            "name@example..org              | email.domain",
            "no-at-sign.example.org         | email.one-at",
            "a@b@example.org                | email.one-at",
            "@example.org                   | email.local-part",
            ".name@example.org              | email.dots",
            "na..me@example.org             | email.dots",
    })
    void malformedAddresses_areRefusedWithWhatIsWrong(String address, String problem) {
        assertThat(EmailAddress.problem(address)).contains(problem);
        assertThatThrownBy(() -> EmailAddress.require(address)).isInstanceOfSatisfying(BusinessRuleException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner@northbridge.example", "o'brien@example.org", "first.last+tag@mail.example.co.uk",
            "  Mixed.Case@Example.ORG  ", "x_y%z-1@sub-domain.example"})
    void ordinaryAddresses_areAccepted(String address) {
        assertThat(EmailAddress.problem(address)).isEmpty();
        assertThat(EmailAddress.require(address)).isEqualTo(address.trim().toLowerCase(java.util.Locale.ROOT));
    }

    @org.junit.jupiter.api.Test
    void emptyAndOverlongAddresses_sayWhy() {
        assertThat(EmailAddress.problem("  ")).contains("email.required");
        assertThat(EmailAddress.problem("a".repeat(65) + "@example.org")).contains("email.local-part");
        assertThat(EmailAddress.problem("a@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "."
                + "e".repeat(60) + "." + "f".repeat(60) + ".org")).contains("email.too-long");
    }
}
