package org.lumen.viewer.priors;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.lumen.viewer.browser.FederatedSearch;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.strip.SeriesSummary;
import org.lumen.viewer.strip.StudyRetrieval;
import org.lumen.viewer.stream.Tier;

/**
 * Prefetches the relevant prior of a server study behind it (ADR 0016): once the current study's streams are idle
 * (the series on the screen and the next one arrived), the patient's timeline is searched on every configured
 * server, the newest prior of the same modality chosen ({@link PriorChoice}), and its series most like the one on
 * the screen streamed into the encrypted cache at {@link Tier#PRIOR}, its requests waiting whenever the current
 * study streams again ({@link StudyRetrieval#prefetchBehind}); closing the current study cancels it. Opened for
 * comparison, the prior then comes from the cache, or goes on streaming in the foreground. One prefetch at a time;
 * a new study replaces the last one's. Thread-safe.
 */
public final class PriorPrefetch implements AutoCloseable {
    /** Opens a study on a server (through the encrypted cache). */
    @FunctionalInterface
    public interface Retrievals {
        StudyRetrieval open(ServerSettings server, String studyUid) throws IOException;
    }

    /** A prior being prefetched (or done): the timeline entry, its retrieval, the series chosen. */
    public record Prefetched(String currentStudyUid, TimelineEntry prior, String server, StudyRetrieval retrieval, SeriesSummary series) {}

    private final ServerRegistry registry;
    private final Retrievals retrievals;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lumen-prior-prefetch");
        t.setDaemon(true);
        return t;
    });
    private volatile Optional<Prefetched> prefetched = Optional.empty();
    private volatile java.util.concurrent.Future<?> running;

    public PriorPrefetch(ServerRegistry registry, Retrievals retrievals) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.retrievals = Objects.requireNonNull(retrievals, "retrievals");
    }

    /** A server study opened with {@code shown} on the screen: its prior is prefetched behind it. */
    public void studyOpened(StudyRetrieval current, SeriesSummary shown) {
        java.util.concurrent.Future<?> before = running;
        if (before != null) {
            before.cancel(true);
        }
        prefetched = Optional.empty();
        running = worker.submit(() -> {
            try {
                prefetch(current, shown);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException | ExecutionException e) {
                // Not prefetched (a server did not answer...): the prior is retrieved when opened for comparison, as before.
            }
        });
    }

    /** The prior prefetched for {@code currentStudyUid}, if it is {@code priorStudyUid} on {@code server}. */
    public Optional<Prefetched> find(String currentStudyUid, String priorStudyUid, String server) {
        return prefetched.filter(p -> p.currentStudyUid().equals(currentStudyUid) && p.prior().studyUid().equals(priorStudyUid)
                && p.server().equals(server) && !p.retrieval().streamsClosed());
    }

    /** The prefetch under way or done, if any (tests and the status). */
    public Optional<Prefetched> prefetched() {
        return prefetched;
    }

    private void prefetch(StudyRetrieval current, SeriesSummary shown) throws IOException, InterruptedException, ExecutionException {
        current.awaitStreamsIdle(); // nothing of the prior, not even its search, before the series on the screen
        if (current.streamsClosed()) {
            return;
        }
        String patientId = current.patientId();
        List<ServerSettings> servers = registry.servers();
        if (patientId.isBlank() || servers.isEmpty()) {
            return;
        }
        ExecutorService searches = Executors.newFixedThreadPool(Math.min(4, servers.size()), r -> {
            Thread t = new Thread(r, "lumen-prior-search");
            t.setDaemon(true);
            return t;
        });
        TimelineSearch.Result result;
        try {
            CompletableFuture<TimelineSearch.Result> done = new CompletableFuture<>();
            new TimelineSearch(new FederatedSearch(searches, registry.clients(), 100, 1000)).start(servers, patientId, done::complete);
            result = done.get();
        } finally {
            searches.shutdownNow();
        }
        Optional<TimelineEntry> prior = PriorChoice.relevantPrior(result.timeline(), current.studyUid(), shown.modality());
        Optional<ServerSettings> server = prior.flatMap(p -> registry.byName(p.servers().get(0)));
        if (prior.isEmpty() || server.isEmpty() || current.streamsClosed()) {
            return;
        }
        StudyRetrieval retrieval = retrievals.open(server.get(), prior.get().studyUid());
        retrieval.prefetchBehind(current);
        SeriesSummary series = PriorChoice.bestSeries(retrieval.listSeries(), shown.modality(), shown.description());
        prefetched = Optional.of(new Prefetched(current.studyUid(), prior.get(), server.get().name(), retrieval, series));
        if (Thread.currentThread().isInterrupted() || current.streamsClosed()) {
            retrieval.closeStreams();
            return;
        }
        retrieval.prefetch(series, Tier.PRIOR); // quietly: the reader is told nothing until the prior is opened
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
