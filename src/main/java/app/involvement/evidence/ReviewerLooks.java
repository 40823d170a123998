package app.involvement.evidence;

import app.involvement.shared.ReviewKind;
import java.util.Locale;

/**
 * The names of the looks a reviewer takes, passed as {@code what} to {@link ReviewerAccess#read}: a {@code what}
 * beginning with {@link #PACK} (or naming a PDF, CSV or export) is recorded as an export ({@code REVIEWER_EXPORT}),
 * anything else as a view ({@code REVIEWER_VIEW}). The audit entry's detail is {@code KIND|what} for a look and
 * {@code KIND|what|reason} for a refusal, so the lead's page can show each part in the reader's language.
 */
public final class ReviewerLooks {

    public static final String VIEW = "evidence view";
    public static final String PACK = "evidence pack";
    public static final String PACK_PDF = "evidence pack PDF";
    public static final String PACK_CSV = "evidence pack CSV";

    public static final String REFUSED_UNKNOWN = "unknown";
    public static final String REFUSED_OTHER_REVIEWER = "other-reviewer";
    public static final String REFUSED_BEFORE_START = "before-start";
    public static final String REFUSED_AFTER_END = "after-end";
    public static final String REFUSED_ENDED_EARLY = "ended-early";

    private static final String SEPARATOR = "|";

    private ReviewerLooks() {
    }

    /** True for a download of the evidence rather than a page view. */
    public static boolean isExport(String what) {
        String w = what == null ? "" : what.toLowerCase(Locale.ROOT);
        return w.startsWith(PACK) || w.contains("export") || w.contains("pdf") || w.contains("csv");
    }

    /** The audit detail of a look ({@code reason} null) or of a refusal. */
    public static String detail(ReviewKind kind, String what, String reason) {
        String clean = what == null ? "" : what.replace(SEPARATOR, "/");
        return (kind == null ? "" : kind.name()) + SEPARATOR + clean + (reason == null ? "" : SEPARATOR + reason);
    }

    /** A detail read back: the kind (null if none or unreadable), what was looked at, and the refusal reason or null. */
    public record Detail(ReviewKind kind, String what, String reason) {

        public static Detail parse(String detail) {
            String[] parts = (detail == null ? "" : detail).split("\\|", 3);
            ReviewKind kind = null;
            for (ReviewKind k : ReviewKind.values()) {
                if (k.name().equals(parts[0])) {
                    kind = k;
                }
            }
            return new Detail(kind, parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : null);
        }
    }
}
