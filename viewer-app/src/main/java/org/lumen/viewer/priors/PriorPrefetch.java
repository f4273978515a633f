package org.lumen.viewer.priors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lumen.viewer.browser.FederatedSearch;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.strip.SeriesSummary;
import org.lumen.viewer.strip.StudyRetrieval;
import org.lumen.viewer.stream.Tier;

/**
 * Prefetches the relevant priors of a server study behind it (ADR 0016), as a PACS prefetch rule does: once the
 * current study's downloads are idle ({@link StudyRetrieval#downloadsIdle()}: the series on the screen, the next one
 * and the strip's whole-series downloads of the others arrived; amended, prefetch2), the patient's timeline is
 * searched on every configured server and the newest priors of the same modality whose series show the same body
 * region are chosen ({@link PriorChoice}), at most {@link #limit()} of them; in each, the series matching the
 * current study's (the one on the screen first) are streamed into the encrypted cache at {@link Tier#PRIOR}, the
 * most relevant prior first: each prior's requests wait whenever the current study, or a more relevant prior, has
 * slices to fetch ({@link StudyRetrieval#prefetchBehind(StudyRetrieval, List)}), and each of its own requests (a
 * prior's series search, a series' metadata) waits likewise for the current study's downloads: a download of the
 * current study started meanwhile (a series opened from the strip, dragged in) pauses the prefetch between requests,
 * which resumes where it stopped once it is done. Closing the current study cancels them all. Opened for comparison,
 * a prior then comes from the cache, or goes on streaming in the foreground. One prefetch at a time; a new study
 * replaces the last one's. Thread-safe.
 */
public final class PriorPrefetch implements AutoCloseable {
    /** How many priors are prefetched at most (0 turns the prefetch off); 2 unless set. */
    public static final String PROPERTY = "lumen.priors.prefetch";
    /** The series of one prior prefetched at most (the link is not swamped by a large prior study). */
    static final int MAX_SERIES = 4;
    /** Candidate priors (of the modality) whose series are listed to find the relevant ones, at most. */
    static final int MAX_EXAMINED = 6;

    /** Opens a study on a server (through the encrypted cache). */
    @FunctionalInterface
    public interface Retrievals {
        StudyRetrieval open(ServerSettings server, String studyUid) throws IOException;
    }

    /**
     * A prior being prefetched (or done): the timeline entry, its retrieval, the series chosen in relevance order
     * ({@code series().get(0)} matches the series on the screen), and per current series the prior's series it
     * opens beside ({@code matches}, by current Series Instance UID).
     */
    public record Prefetched(String currentStudyUid, TimelineEntry prior, String server, StudyRetrieval retrieval,
            List<SeriesSummary> series, Map<String, SeriesSummary> matches) {
        public Prefetched {
            series = List.copyOf(series);
            matches = Map.copyOf(matches);
        }

        /**
         * Whether the cache holds every series chosen whole (blocking: it counts the cache's entries). A prior paused,
         * under way or cancelled part-way is not: the Patient Timeline marks PREFETCHED only the complete ones.
         */
        public boolean complete() {
            return series.stream().allMatch(s -> retrieval.isDownloaded(s.seriesUid()));
        }
    }

    private final ServerRegistry registry;
    private final Retrievals retrievals;
    private final int limit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lumen-prior-prefetch");
        t.setDaemon(true);
        return t;
    });
    private volatile List<Prefetched> prefetched = List.of();
    private volatile Future<?> running;

    /** With the limit from the {@value #PROPERTY} system property (2 when absent). */
    public PriorPrefetch(ServerRegistry registry, Retrievals retrievals) {
        this(registry, retrievals, Integer.getInteger(PROPERTY, 2));
    }

    /** @param limit how many priors at most (0: none) */
    public PriorPrefetch(ServerRegistry registry, Retrievals retrievals, int limit) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.retrievals = Objects.requireNonNull(retrievals, "retrievals");
        if (limit < 0) {
            throw new IllegalArgumentException(PROPERTY + " must be 0 or more, not " + limit);
        }
        this.limit = limit;
    }

    /** How many priors are prefetched at most. */
    public int limit() {
        return limit;
    }

    /** A server study opened with {@code shown} on the screen: its priors are prefetched behind it. */
    public void studyOpened(StudyRetrieval current, SeriesSummary shown) {
        Future<?> before = running;
        if (before != null) {
            before.cancel(true);
        }
        prefetched = List.of();
        if (limit == 0) {
            return;
        }
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
        return prefetched.stream().filter(p -> p.currentStudyUid().equals(currentStudyUid) && p.prior().studyUid().equals(priorStudyUid)
                && p.server().equals(server) && !p.retrieval().streamsClosed()).findFirst();
    }

    /** The priors prefetched (under way or done), the most relevant first (tests, the timeline). */
    public List<Prefetched> prefetched() {
        return prefetched;
    }

    private void prefetch(StudyRetrieval current, SeriesSummary shown) throws IOException, InterruptedException, ExecutionException {
        if (!awaitIdle(current)) { // nothing of the priors, not even their search, before the current study is in
            return;
        }
        String patientId = current.patientId();
        List<ServerSettings> servers = registry.servers();
        if (patientId.isBlank() || servers.isEmpty()) {
            return;
        }
        if (!awaitIdle(current)) { // between requests: a series opened meanwhile goes first
            return;
        }
        PatientTimeline timeline = search(servers, patientId);
        String currentDescription = timeline.find(current.studyUid()).map(TimelineEntry::description).orElse("");
        List<PriorChoice.Described> currentSeries = new ArrayList<>();
        currentSeries.add(new PriorChoice.Described(shown, currentDescription));
        current.listedSeries().stream().filter(s -> !s.seriesUid().equals(shown.seriesUid()))
                .forEach(s -> currentSeries.add(new PriorChoice.Described(s, currentDescription)));
        List<StudyRetrieval> ahead = new ArrayList<>();
        List<Prefetched> chosen = new ArrayList<>();
        for (TimelineEntry candidate : PriorChoice.candidates(timeline, current.studyUid(), shown.modality()).stream().limit(MAX_EXAMINED).toList()) {
            Optional<ServerSettings> server = registry.byName(candidate.servers().get(0));
            if (chosen.size() == limit || Thread.currentThread().isInterrupted() || current.streamsClosed()) {
                break;
            }
            if (server.isEmpty()) {
                continue;
            }
            if (!awaitIdle(current)) { // paused while the current study downloads (a series opened meanwhile)
                return;
            }
            StudyRetrieval retrieval = retrievals.open(server.get(), candidate.studyUid());
            List<SeriesSummary> priorSeries;
            try {
                priorSeries = retrieval.listSeries(false); // audited as a query: nobody sees it yet
            } catch (IOException e) {
                continue; // its server did not answer: the next candidate
            }
            List<SeriesSummary> series = PriorChoice.matches(currentSeries, priorSeries, candidate.description(), MAX_SERIES);
            if (series.isEmpty()) {
                continue; // another body region: not a relevant prior
            }
            Map<String, SeriesSummary> matches = new java.util.HashMap<>();
            currentSeries.forEach(c -> PriorChoice.match(c, priorSeries, candidate.description()).ifPresent(m -> matches.put(c.series().seriesUid(), m)));
            retrieval.prefetchBehind(current, ahead);
            ahead.add(retrieval);
            chosen.add(new Prefetched(current.studyUid(), candidate, server.get().name(), retrieval, series, matches));
            prefetched = List.copyOf(chosen);
            for (SeriesSummary s : series) { // quietly: the reader is told nothing until a prior is opened
                if (!awaitIdle(current) || Thread.currentThread().isInterrupted()) { // its metadata request too
                    retrieval.closeStreams();
                    return;
                }
                retrieval.prefetch(s, Tier.PRIOR);
            }
        }
    }

    /** Waits until the current study's downloads are idle; false when its streams closed meanwhile (the study closed). */
    private static boolean awaitIdle(StudyRetrieval current) throws InterruptedException {
        current.awaitDownloadsIdle();
        return !current.streamsClosed();
    }

    private PatientTimeline search(List<ServerSettings> servers, String patientId) throws InterruptedException, ExecutionException {
        ExecutorService searches = Executors.newFixedThreadPool(Math.min(4, servers.size()), r -> {
            Thread t = new Thread(r, "lumen-prior-search");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<TimelineSearch.Result> done = new CompletableFuture<>();
            new TimelineSearch(new FederatedSearch(searches, registry.clients(), 100, 1000)).start(servers, patientId, done::complete);
            return done.get().timeline();
        } finally {
            searches.shutdownNow();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
