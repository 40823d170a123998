package app.involvement.training;

/** Where a support request stands: asked for, then arranged or declined (with a reason). */
public enum SupportStatus {
    REQUESTED,
    ARRANGED,
    DECLINED
}
