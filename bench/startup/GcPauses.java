import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * bench/pauses.sh's reader: the garbage collections of a JFR recording and their pauses (the time the
 * application's threads were stopped), one line: collections, pauses' count, median, p99, longest, sum.
 */
public final class GcPauses {
    private GcPauses() {}

    public static void main(String[] args) throws Exception {
        List<Double> pauses = new ArrayList<>();
        int collections = 0;
        String gc = "?";
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (e.getEventType().getName()) {
                case "jdk.GarbageCollection" -> collections++;
                case "jdk.GCPhasePause" -> pauses.add(e.getDuration().toNanos() / 1e6);
                case "jdk.GCConfiguration" -> gc = e.getString("youngCollector") + "/" + e.getString("oldCollector");
                default -> { }
            }
        }
        pauses.sort(null);
        int n = pauses.size();
        double sum = pauses.stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf("%s collections=%d pauses=%d median=%.3f p99=%.3f max=%.3f sum=%.1f ms%n", gc, collections, n,
                n == 0 ? 0 : pauses.get(n / 2), n == 0 ? 0 : pauses.get(Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)),
                n == 0 ? 0 : pauses.get(n - 1), sum);
    }
}
