package app.involvement.payments.internal;

/** A claim's fee or voucher worked out from a rate card ({@code rateCardId} null when none covered the day). */
record Fee(Long rateCardId, long feePence, long voucherPence) {

    static final Fee NONE = new Fee(null, 0, 0);
}
