package app.involvement;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The JVM's live heap by class, from the HotSpot diagnostic command {@code GC.class_histogram} (what
 * {@code jcmd <pid> GC.class_histogram} prints): it runs a full collection first, so the figures count
 * only reachable objects.
 */
public record LiveHeap(long bytes, long instances, Map<String, long[]> byClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+).*$");

    public static LiveHeap measure() {
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("The JVM offers no class histogram", e);
        }
        Map<String, long[]> byClass = new HashMap<>();
        long bytes = 0;
        long instances = 0;
        for (String line : histogram.split("\n")) {
            var row = ROW.matcher(line);
            if (row.matches()) {
                byClass.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                continue;
            }
            var total = TOTAL.matcher(line);
            if (total.matches()) {
                instances = Long.parseLong(total.group(1));
                bytes = Long.parseLong(total.group(2));
            }
        }
        return new LiveHeap(bytes, instances, byClass);
    }

    /** Classes that grew most from {@code before} to this measurement: name, instances and bytes added. */
    public List<Map.Entry<String, long[]>> growthSince(LiveHeap before, int top) {
        return growthSince(before, top, name -> true);
    }

    /** As {@link #growthSince(LiveHeap, int)}, among the classes whose name passes {@code filter}. */
    public List<Map.Entry<String, long[]>> growthSince(LiveHeap before, int top, java.util.function.Predicate<String> filter) {
        Map<String, long[]> growth = new HashMap<>();
        byClass.forEach((name, now) -> {
            long[] then = before.byClass.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {now[0] - then[0], now[1] - then[1]});
        });
        return growth.entrySet().stream().filter(e -> filter.test(e.getKey()))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top).toList();
    }
}
