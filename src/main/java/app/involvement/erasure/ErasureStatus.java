package app.involvement.erasure;

/** Where a request stands: open until the lead erases (done) or the partner withdraws it. */
public enum ErasureStatus {
    OPEN, WITHDRAWN, DONE
}
