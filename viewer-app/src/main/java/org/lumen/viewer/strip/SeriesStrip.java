package org.lumen.viewer.strip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.lumen.viewer.cache.SeriesInstances;
import org.lumen.viewer.stream.StreamedSeries;
import org.lumen.viewer.stream.Tier;

/**
 * The series strip of the study opened from a server: lists its series, fetches a thumbnail per
 * series on one background thread and downloads the series into the encrypted cache on another (a
 * series asked for jumps the queue), and hands a series to the viewer, in memory, through
 * {@code openSeries} once it is complete. FX thread only, apart from the workers.
 */
public final class SeriesStrip {
    /**
     * System property: "false" turns streaming off (every series is then downloaded whole before it opens); by
     * default a series the cache does not hold streams (ADR 0015).
     */
    public static final String STREAM_PROPERTY = "lumen.stream";
    private static final boolean STREAMING = !"false".equalsIgnoreCase(System.getProperty(STREAM_PROPERTY, "true").trim());
    private final Consumer<SeriesInstances> openSeries;
    private final Consumer<String> status;
    private final Label title = new Label("No study from a server");
    private final VBox tiles = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(tiles);
    private final VBox box = new VBox(8, title, scroll);
    private final ExecutorService thumbnails = Executors.newSingleThreadExecutor(daemon("lumen-strip-thumbnails"));
    private final ExecutorService downloads = Executors.newSingleThreadExecutor(daemon("lumen-strip-downloads"));
    private final ExecutorService loads = Executors.newSingleThreadExecutor(daemon("lumen-strip-cache-reads"));
    private final Map<String, SeriesTile> tilesByUid = new LinkedHashMap<>();
    private final List<Future<?>> running = new ArrayList<>();
    /** Guarded by itself: series not yet downloaded, in download order. */
    private final Set<String> pending = new LinkedHashSet<>();
    /** Guarded by {@link #pending}: series the user asked for, downloaded first, and where each opens. */
    private final Map<String, Consumer<SeriesInstances>> wanted = new LinkedHashMap<>();
    private StudyRetrieval retrieval;
    private long generation;
    private java.util.function.BiConsumer<StudyRetrieval, SeriesSummary> studyListed = (study, series) -> { };

    /** Whether series from servers stream (the {@value #STREAM_PROPERTY} property is not "false"). */
    public static boolean streaming() {
        return STREAMING;
    }

    public SeriesStrip(Consumer<SeriesInstances> openSeries, Consumer<String> status) {
        this.openSeries = Objects.requireNonNull(openSeries, "openSeries");
        this.status = Objects.requireNonNull(status, "status");
        title.getStyleClass().add("strip-title");
        title.setWrapText(true);
        title.setMaxWidth(150);
        tiles.setPadding(new Insets(4));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        box.getStyleClass().add("series-strip");
        box.setPadding(new Insets(6));
        box.setPrefWidth(168);
        box.setMinWidth(168);
        shown(false); // no empty panel beside a local study: the strip appears with the first server study
    }

    private void shown(boolean visible) {
        box.setVisible(visible);
        box.setManaged(visible);
    }

    public Node node() {
        return box;
    }

    /**
     * Shows a study: lists its series, then fetches thumbnails and downloads every series; opens
     * {@code seriesToOpen}, or else the first series, as soon as it is complete.
     */
    public void show(String label, StudyRetrieval study, Optional<String> seriesToOpen) {
        stopWork();
        long ticket = ++generation;
        retrieval = study;
        tilesByUid.clear();
        tiles.getChildren().clear();
        title.setText(label);
        shown(true);
        status.accept("Listing the series of " + label + "\u2026");
        running.add(thumbnails.submit(() -> {
            try {
                List<SeriesSummary> series = study.listSeries();
                Platform.runLater(() -> listed(ticket, study, series, seriesToOpen));
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (ticket == generation) {
                        status.accept("Could not list the series of " + label + ": " + e.getMessage());
                    }
                });
            }
        }));
    }

    /** Opens a series of the shown study: at once when downloaded, else as soon as its download completes. */
    public void openSeries(String seriesUid) {
        openSeries(seriesUid, openSeries);
    }

    /**
     * Opens a series of the shown study in {@code target} (for example the viewport it was dropped
     * on), which receives the series' instances on the FX thread once the series is downloaded.
     *
     * @return false when the series is not in the study shown in the strip (said in the status)
     */
    public boolean openSeries(String seriesUid, Consumer<SeriesInstances> target) {
        SeriesTile tile = tilesByUid.get(seriesUid);
        if (tile == null || retrieval == null) {
            status.accept("Series " + seriesUid + " is not in the study shown in the strip");
            return false;
        }
        tilesByUid.values().forEach(t -> t.selected(t == tile));
        if (STREAMING && !retrieval.offline() && !retrieval.isDownloaded(seriesUid)) {
            stream(tile, target);
            return true;
        }
        if (retrieval.offline() && retrieval.isPartial(seriesUid)) {
            openPartial(tile, target); // priors-stream: closed mid-stream before; what the cache lacks shows as missing
            return true;
        }
        if (retrieval.isDownloaded(seriesUid)) {
            StudyRetrieval study = retrieval;
            long ticket = generation;
            running.add(loads.submit(() -> {
                try {
                    SeriesInstances series = study.load(seriesUid);
                    Platform.runLater(() -> {
                        if (ticket == generation) {
                            target.accept(series);
                        }
                    });
                } catch (Exception e) {
                    Platform.runLater(() -> status.accept("Could not read " + describe(tile.series()) + " from the cache: " + e.getMessage()));
                }
            }));
            return true;
        }
        synchronized (pending) {
            wanted.put(seriesUid, target);
        }
        status.accept("Downloading " + describe(tile.series()) + "; it opens when complete");
        return true;
    }

    /** Opens offline a series the cache holds part of: its missing slices marked, never a complete series. */
    private void openPartial(SeriesTile tile, Consumer<SeriesInstances> target) {
        StudyRetrieval study = retrieval;
        long ticket = generation;
        running.add(loads.submit(() -> {
            try {
                Optional<SeriesInstances> partial = study.openPartial(tile.series());
                SeriesInstances series = partial.isPresent() ? partial.get() : study.load(tile.series().seriesUid());
                Platform.runLater(() -> {
                    if (ticket == generation) {
                        target.accept(series);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> status.accept("Could not read " + describe(tile.series()) + " from the cache: " + e.getMessage()));
            }
        }));
    }

    /**
     * Whom to tell, on the FX thread, when a server study's series are listed and the first one is opening (priors-stream:
     * its prior is prefetched behind it). Not told for a study shown offline.
     */
    public void onStudyListed(java.util.function.BiConsumer<StudyRetrieval, SeriesSummary> listener) {
        studyListed = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Streams a series that the cache does not hold (on the cache-read thread, blocking for its metadata only):
     * {@code target} gets it at once, filling as its slices arrive; the next series in the strip streams after it
     * at a lower priority. Taken out of the bulk downloads, which wait until the streams are done. A series that
     * cannot stream (multi-frame instances) is downloaded whole first, as before.
     */
    private void stream(SeriesTile tile, Consumer<SeriesInstances> target) {
        StudyRetrieval study = retrieval;
        long ticket = generation;
        String uid = tile.series().seriesUid();
        synchronized (pending) {
            pending.remove(uid);
        }
        Optional<SeriesSummary> next = nextAfter(uid);
        status.accept("Streaming " + describe(tile.series()) + "\u2026");
        Runnable release = study.holdBulkDownloads(); // now, before a bulk download can start ahead of the stream
        running.add(loads.submit(() -> {
            try {
                Optional<SeriesInstances> streamed = study.stream(tile.series(), first -> Platform.runLater(() -> {
                    if (ticket == generation) {
                        target.accept(first); // the slice on the screen, before the series' metadata
                    }
                }));
                Platform.runLater(() -> {
                    if (ticket != generation) {
                        return;
                    }
                    if (streamed.isEmpty()) {
                        downloadFirst(uid, target);
                        return;
                    }
                    follow(tile, streamed.get().stream().orElseThrow().series());
                    target.accept(streamed.get());
                });
                if (streamed.isPresent() && next.isPresent()) {
                    prefetch(study, next.get(), ticket);
                }
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (ticket == generation) {
                        status.accept("Could not stream " + describe(tile.series()) + ": " + e.getMessage() + "; downloading it whole");
                        downloadFirst(uid, target);
                    }
                });
            } finally {
                release.run();
            }
        }));
    }

    /**
     * Streams the next series after the one opened, at a lower priority, and takes it out of the bulk downloads;
     * when it cannot stream, the bulk download fetches it as before.
     */
    private void prefetch(StudyRetrieval study, SeriesSummary next, long ticket) {
        try {
            if (!study.prefetch(next, Tier.NEXT)) {
                return;
            }
        } catch (Exception e) {
            return; // the bulk download fetches it later
        }
        synchronized (pending) {
            pending.remove(next.seriesUid());
        }
        study.streams().flatMap(st -> Optional.ofNullable(st.series(next.seriesUid()))).ifPresent(s -> Platform.runLater(() -> {
            SeriesTile nextTile = tilesByUid.get(next.seriesUid()); // FX thread: the tiles live here
            if (ticket == generation && nextTile != null) {
                follow(nextTile, s);
            }
        }));
    }

    /** A series that did not stream goes first in the bulk downloads and opens in {@code target} when complete. */
    private void downloadFirst(String uid, Consumer<SeriesInstances> target) {
        long ticket = generation;
        StudyRetrieval study = retrieval;
        study.queueDownloads(List.of(uid));
        synchronized (pending) {
            pending.add(uid);
            wanted.put(uid, target);
        }
        Map<String, SeriesTile> byUid = Map.copyOf(tilesByUid); // taken here, on the FX thread
        running.add(downloads.submit(() -> downloadNext(ticket, study, byUid)));
    }

    /** The tile counts a streaming series' slices as they arrive. */
    private void follow(SeriesTile tile, StreamedSeries s) {
        long ticket = generation;
        java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.IntConsumer update = slice -> {
            if (queued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    queued.set(false);
                    if (ticket == generation) {
                        int n = s.losslessCount();
                        if (s.complete()) {
                            tile.downloaded(n);
                        } else {
                            tile.received(n);
                        }
                    }
                });
            }
        };
        s.onChange(update);
        update.accept(0);
    }

    private Optional<SeriesSummary> nextAfter(String uid) {
        List<SeriesTile> list = List.copyOf(tilesByUid.values());
        for (int i = 0; i + 1 < list.size(); i++) {
            if (list.get(i).series().seriesUid().equals(uid)) {
                return Optional.of(list.get(i + 1).series());
            }
        }
        return Optional.empty();
    }

    /**
     * Closes the study shown: cancels its thumbnails and downloads (running ones are interrupted) and
     * drops its tiles and thumbnails; the workers stay for the next study.
     */
    public void clear() {
        stopWork();
        generation++;
        retrieval = null;
        tilesByUid.clear();
        tiles.getChildren().clear();
        title.setText("No study from a server");
    }

    /** Number of Series Related Instances the archive reported for a series of the shown study, -1 when unknown. */
    public int reportedInstances(String seriesUid) {
        SeriesTile tile = tilesByUid.get(seriesUid);
        return tile == null ? -1 : tile.series().instanceCount();
    }

    /** Stops the workers' current study (for example when the window closes). */
    public void close() {
        stopWork();
        thumbnails.shutdownNow();
        downloads.shutdownNow();
        loads.shutdownNow();
    }

    private void listed(long ticket, StudyRetrieval study, List<SeriesSummary> series, Optional<String> seriesToOpen) {
        if (ticket != generation) {
            return;
        }
        if (series.isEmpty()) {
            status.accept("The study has no series on the server");
            return;
        }
        if (study.offline()) {
            title.setText("OFFLINE — " + title.getText());
            title.getStyleClass().add("strip-offline");
            status.accept("The server cannot be reached: OFFLINE, showing the series kept in the encrypted cache");
        } else {
            title.getStyleClass().remove("strip-offline");
        }
        for (SeriesSummary s : series) {
            SeriesTile tile = new SeriesTile(s, this::openSeries);
            tilesByUid.put(s.seriesUid(), tile);
            tiles.getChildren().add(tile.node());
            running.add(thumbnails.submit(() -> thumbnail(ticket, study, tile)));
        }
        synchronized (pending) {
            pending.clear();
            wanted.clear();
            series.forEach(s -> pending.add(s.seriesUid()));
        }
        // prefetch2: every series is a download to come until it arrives or streams; the priors wait for them all
        study.queueDownloads(series.stream().map(SeriesSummary::seriesUid).toList());
        String first = seriesToOpen.filter(tilesByUid::containsKey).orElse(series.get(0).seriesUid());
        openSeries(first);
        if (!study.offline()) {
            studyListed.accept(study, tilesByUid.get(first).series()); // priors-stream
        }
        Map<String, SeriesTile> snapshot = Map.copyOf(tilesByUid);
        for (int i = 0; i < series.size(); i++) {
            running.add(downloads.submit(() -> downloadNext(ticket, study, snapshot)));
        }
    }

    private void thumbnail(long ticket, StudyRetrieval study, SeriesTile tile) {
        try {
            Thumbnail t = study.thumbnail(tile.series(), SeriesTile.THUMBNAIL);
            Platform.runLater(() -> {
                if (ticket == generation) {
                    tile.thumbnail(t);
                }
            });
        } catch (Exception e) {
            Platform.runLater(() -> tile.thumbnailFailed(String.valueOf(e.getMessage())));
        }
    }

    private void downloadNext(long ticket, StudyRetrieval study, Map<String, SeriesTile> byUid) {
        try {
            study.awaitStreamsIdle(); // the series on the screen (and the next) stream first
        } catch (InterruptedException e) {
            return; // the study closed
        }
        String uid;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            uid = wanted.keySet().stream().filter(pending::contains).findFirst().orElse(pending.iterator().next());
            pending.remove(uid);
        }
        SeriesTile t = byUid.get(uid);
        try {
            int[] last = {0};
            SeriesInstances instances = study.download(t.series(), n -> {
                last[0] = n;
                Platform.runLater(() -> t.received(n));
            });
            Platform.runLater(() -> {
                if (ticket != generation) {
                    return;
                }
                t.downloaded(last[0] > 0 ? last[0] : t.series().instanceCount());
                Consumer<SeriesInstances> target;
                synchronized (pending) {
                    target = wanted.remove(uid);
                }
                if (target != null) {
                    target.accept(instances);
                }
            });
        } catch (Exception e) {
            Platform.runLater(() -> {
                if (ticket == generation) {
                    t.failed(String.valueOf(e.getMessage()));
                    status.accept("Download of " + describe(t.series()) + " failed: " + e.getMessage());
                }
            });
        }
    }

    private void stopWork() {
        if (retrieval != null) {
            retrieval.closeStreams(); // every request cancelled, the slices received so far dropped
        }
        running.forEach(f -> f.cancel(true));
        running.clear();
        synchronized (pending) {
            pending.clear();
            wanted.clear();
        }
    }

    private static String describe(SeriesSummary s) {
        return "series " + (s.number() != 0 ? s.number() + " " : "") + (s.description().isEmpty() ? s.modality() : s.description());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
