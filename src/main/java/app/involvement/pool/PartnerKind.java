package app.involvement.pool;

/** Whether a partner brings experience as a service user, as a carer, or both. */
public enum PartnerKind {
    SERVICE_USER,
    CARER,
    BOTH
}
