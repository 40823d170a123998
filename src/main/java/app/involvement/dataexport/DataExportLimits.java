package app.involvement.dataexport;

import java.time.Duration;

/** Limits of the copy of a partner's data. */
public final class DataExportLimits {

    /** How long the download link works after the copy is made (once, whichever comes first). */
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

    /** Copies built at once on one app instance; more wait in the queue. */
    public static final int BUILDERS = 2;

    /** Copies waiting for a builder; beyond this the person is asked to try again in a minute. */
    public static final int QUEUE = 8;

    /** How often the page asks the server for the progress while a copy is being built, in milliseconds. */
    public static final int PROGRESS_POLL_MILLIS = 500;

    /** Random bytes in a link's token (256 bits); only its SHA-256 hash is stored. */
    public static final int TOKEN_BYTES = 32;

    /** A value longer than this is cut in the PDF (the JSON keeps it whole). */
    public static final int PDF_VALUE_CHARS = 4000;

    private DataExportLimits() {
    }
}
