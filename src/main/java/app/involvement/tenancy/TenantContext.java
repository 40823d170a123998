package app.involvement.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The provider whose data the current thread works on. It is set in exactly one way, {@link #runAs},
 * for the length of a request, an event or a job, and always cleared afterwards.
 */
public final class TenantContext {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();
    private static final String MDC_KEY = "tenant";

    private TenantContext() {
    }

    public static Optional<Long> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static long require() {
        return current().orElseThrow(() -> new IllegalStateException("No provider chosen"));
    }

    public static <T> T runAs(Long tenantId, Supplier<T> work) {
        Long previous = CURRENT.get();
        set(tenantId);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    public static void runAs(Long tenantId, Runnable work) {
        runAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    private static void set(Long tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(tenantId);
            MDC.put(MDC_KEY, tenantId.toString());
        }
    }
}
