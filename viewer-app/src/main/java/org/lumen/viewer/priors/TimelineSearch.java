package org.lumen.viewer.priors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.lumen.viewer.browser.FederatedSearch;
import org.lumen.viewer.browser.StudyQuery;
import org.lumen.viewer.browser.StudyRow;
import org.lumen.viewer.servers.ServerSettings;

/**
 * Builds a patient's timeline from a {@link FederatedSearch} of every configured server by exact
 * Patient ID. The result arrives once, when every server has answered or failed, on a search thread;
 * a server that failed is named in {@link Result#failures()}, and the others' studies are kept.
 */
public final class TimelineSearch {
    /** The timeline and, per failed server, what went wrong. */
    public record Result(PatientTimeline timeline, Map<String, String> failures) {
        public Result {
            Objects.requireNonNull(timeline, "timeline");
            failures = Map.copyOf(failures);
        }
    }

    private final FederatedSearch search;

    public TimelineSearch(FederatedSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    /** Starts the search; {@code done} receives the result on a search thread. */
    public FederatedSearch.Handle start(List<ServerSettings> servers, String patientId, Consumer<Result> done) {
        if (patientId.isBlank()) {
            throw new IllegalArgumentException("the images name no Patient ID: no timeline to search");
        }
        if (servers.isEmpty()) {
            done.accept(new Result(new PatientTimeline(patientId, List.of()), Map.of()));
            return search.start(List.of(), StudyQuery.history(patientId), new Collector(0, patientId, done));
        }
        return search.start(servers, StudyQuery.history(patientId), new Collector(servers.size(), patientId, done));
    }

    private static final class Collector implements FederatedSearch.Listener {
        private final List<StudyRow> rows = new ArrayList<>();
        private final Map<String, String> failures = new LinkedHashMap<>();
        private final String patientId;
        private final Consumer<Result> done;
        private int waiting;

        Collector(int servers, String patientId, Consumer<Result> done) {
            this.waiting = servers;
            this.patientId = patientId;
            this.done = done;
        }

        @Override
        public synchronized void page(String server, List<StudyRow> page) {
            rows.addAll(page);
        }

        @Override
        public void failed(String server, String message) {
            synchronized (this) {
                failures.put(server, message);
            }
            ended();
        }

        @Override
        public void finished(String server, int total, boolean truncated) {
            ended();
        }

        private void ended() {
            Result result;
            synchronized (this) {
                if (--waiting != 0) {
                    return;
                }
                result = new Result(PatientTimeline.of(patientId, rows), failures);
            }
            done.accept(result);
        }
    }
}
