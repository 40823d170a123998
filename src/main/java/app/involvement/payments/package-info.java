/**
 * Paying service users and carers: dated rate cards, one claim per partner and session (fee or voucher by the
 * partner's payment choice, expenses with receipts, mileage), approval by a coordinator and authorisation by
 * finance, payment runs exported for payroll, turnaround, the UK tax-year running total and the annual
 * statement. Claims start from {@link app.involvement.sessions.SessionCompleted}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pool", "sessions", "provider", "identity",
        "tenancy", "shared"})
package app.involvement.payments;
