package app.involvement.shared.privacy;

import java.util.Locale;
import java.util.Optional;

/** A reason, in the reader's language, why this partner cannot be erased yet (e.g. unpaid claims). */
public interface ErasureBlocker {

    Optional<String> reasonNotToErase(DataSubject subject, Locale locale);
}
