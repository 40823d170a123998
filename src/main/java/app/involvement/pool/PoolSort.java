package app.involvement.pool;

/** Sort properties {@link Pool#list} understands in its {@code Pageable}; any other is ignored. */
public final class PoolSort {

    /** By preferred name. */
    public static final String NAME = "name";
    /** By status: active, applicant, left, resting (their names' order). */
    public static final String STATUS = "status";
    /** By the date last involved; never involved comes first when ascending. */
    public static final String LAST_INVOLVED = "lastInvolved";

    private PoolSort() {
    }
}
