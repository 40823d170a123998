package app.involvement.erasure;

import app.involvement.shared.privacy.DataSubject;
import app.involvement.shared.privacy.ErasureBlocker;
import app.involvement.shared.privacy.PersonalDataEraser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;

/**
 * A blocker the test switches on for one partner (standing in for, and alongside, the real ones such as unpaid
 * claims) and an eraser that records what it was asked to erase, so a test sees that every eraser was called with
 * the right subject and values. A plain configuration found by component scanning, so every test context has it
 * and view tests keep sharing one context (a second context in a browserless run upsets Vaadin's access check of the
 * first): it blocks only partners a test lists and records only.
 */
@Configuration
public class ErasureTestConfig {

    /** Partners the test blocker refuses, with its reason. */
    public static final Set<Long> BLOCKED = ConcurrentHashMap.newKeySet();
    public static final String BLOCKED_REASON = "Test: two claims are not paid yet.";

    public record Erased(DataSubject subject, List<String> values) {
    }

    public static final List<Erased> ERASED = new CopyOnWriteArrayList<>();

    @Bean
    ErasureBlocker testErasureBlocker() {
        return (subject, locale) -> BLOCKED.contains(subject.partnerId()) ? Optional.of(BLOCKED_REASON) : Optional.empty();
    }

    @Bean
    PersonalDataEraser recordingEraser() {
        return new PersonalDataEraser() {
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }

            @Override
            public void erase(DataSubject subject, List<String> erasedValues) {
                ERASED.add(new Erased(subject, List.copyOf(erasedValues)));
            }
        };
    }

    static Locale english() {
        return Locale.UK;
    }
}
