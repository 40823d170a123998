package app.involvement.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current provider's privacy notice: the lead publishes versions, each partner confirms they read the current one. */
public interface PrivacyNotices {

    /** The newest version, if the provider has published one (lead and partners). */
    Optional<NoticeVersion> current();

    /** Every version, newest first, at most {@link PrivacyLimits#VERSIONS_SHOWN} (lead). */
    List<NoticeVersion> versions();

    /**
     * Publishes the next version (n+1) with today's date; both texts are required, at most
     * {@link PrivacyLimits#NOTICE_TEXT} characters each. Audited. Every partner must confirm it before their pages
     * open again.
     */
    NoticeVersion publish(String textEnglish, String textWelsh);

    /**
     * True when the signed-in partner has not confirmed the current version; false when the provider has no notice
     * or for anyone who is not acting as a partner.
     */
    boolean mustConfirm();

    /** When the signed-in partner confirmed the current version, if they have. */
    Optional<Instant> confirmedAt();

    /**
     * The signed-in partner confirms they read this version; refused unless it is the current one. Confirming again
     * changes nothing.
     */
    void confirm(int versionNumber);
}
