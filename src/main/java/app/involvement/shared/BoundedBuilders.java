package app.involvement.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small pool for work built in the background while a person watches a progress bar (evidence pack, a person's
 * copy): a fixed number of daemon threads that stop when idle and a bounded queue, so a rush is refused ("busy")
 * instead of filling the heap. Refusal is {@link java.util.concurrent.RejectedExecutionException}.
 */
public final class BoundedBuilders {

    private BoundedBuilders() {
    }

    public static ThreadPoolExecutor create(String threadName, int threads, int queue) {
        var number = new AtomicInteger();
        var builders = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                work -> {
                    var thread = new Thread(work, threadName + "-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        builders.allowCoreThreadTimeOut(true);
        return builders;
    }
}
