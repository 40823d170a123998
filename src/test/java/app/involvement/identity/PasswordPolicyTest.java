package app.involvement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords built from the person's e-mail address are refused, the whole address as well as its local part. */
class PasswordPolicyTest {

    @Test
    void theWholeEmailAddress_isRefused() {
        assertThat(PasswordPolicy.problem("partner@northbridge.example", "partner@northbridge.example"))
                .contains("password.like-email");
        assertThat(PasswordPolicy.problem("Jo@Northbridge.example", "jo@northbridge.example"))
                .contains("password.like-email");
        assertThat(PasswordPolicy.problem("jo@northbridge.example!!", "jo@northbridge.example"))
                .contains("password.like-email");
    }

    @Test
    void theLocalPart_isStillRefused_andAnUnrelatedPhraseAccepted() {
        assertThat(PasswordPolicy.problem("robinhood123", "robinhood@example.org")).contains("password.like-email");
        assertThat(PasswordPolicy.problem("a journey of many words", "robinhood@example.org")).isEmpty();
    }
}
