package app.involvement.payments;

/** How an activity type's fee is counted: by the hour (to the minute), or a half day up to four hours and a whole day above. */
public enum FeeBasis {
    PER_HOUR,
    HALF_OR_WHOLE_DAY
}
