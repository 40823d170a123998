package app.involvement.evidence;

/** Limits of the reviewer's evidence view and pack. */
public final class EvidenceLimits {

    /** The evidence covers the months up to the day it is read (figures, requests, events held). */
    public static final int PERIOD_MONTHS = 24;

    /** Packs built at once on one app instance; more wait in the queue. */
    public static final int PACK_BUILDERS = 2;

    /** Packs waiting for a builder; beyond this a reviewer is asked to try again in a minute. */
    public static final int PACK_QUEUE = 8;

    /** How often the page asks the server for the progress of a pack being built, in milliseconds. */
    public static final int PROGRESS_POLL_MILLIS = 500;

    /** A cell longer than this is cut in the PDF (the CSV keeps it whole). */
    public static final int PDF_CELL_CHARS = 4000;

    private EvidenceLimits() {
    }
}
