package app.involvement.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErasedTextTest {

    private static final List<String> SAM = List.of("Sam", "Sam Taylor", "sam.taylor@example.org", "07700 900871",
            "LS6 3QJ", " ", "");

    @Test
    void replacesWholeValuesIgnoringCase_longestFirst() {
        assertThat(ErasedText.replace("SAM TAYLOR (sam.taylor@EXAMPLE.org, 07700 900871) said Sam was late",
                SAM, "partner 7")).isEqualTo("partner 7 (partner 7, partner 7) said partner 7 was late");
    }

    @Test
    void leavesOtherWordsThatHappenToContainAValue() {
        assertThat(ErasedText.replace("The same for Samira and Sammy", SAM, "partner 7"))
                .isEqualTo("The same for Samira and Sammy");
        assertThat(ErasedText.mentions("The same for Samira", SAM)).isFalse();
        assertThat(ErasedText.mentions("lives at ls6 3qj", SAM)).isTrue();
        assertThat(ErasedText.replace(null, SAM, "x")).isNull();
    }

    @Test
    void blankAndOneLetterValuesAreNotSearched() {
        assertThat(ErasedText.usable(List.of("S", " ", "Jo", "Jo Bennett"))).containsExactly("Jo Bennett", "Jo");
    }
}
