package org.lumen.viewer.app;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.lumen.viewer.browser.FederatedSearch;
import org.lumen.viewer.cache.SeriesInstances;
import org.lumen.viewer.browser.ServerWorkspace;
import org.lumen.viewer.layout.GridLayout;
import org.lumen.viewer.priors.FrameOffsets;
import org.lumen.viewer.priors.PriorChoice;
import org.lumen.viewer.priors.PriorPrefetch;
import org.lumen.viewer.priors.TimelineEntry;
import org.lumen.viewer.priors.TimelineSearch;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.strip.SeriesSummary;
import org.lumen.viewer.strip.StudyRetrieval;

/**
 * The Priors menu: the patient's timeline across every configured server ({@link TimelineWindow}), a
 * prior opened beside the current series ({@link PriorComparison}), the links (scroll, window/level,
 * zoom) and "align". Searches and downloads run on background threads; FX thread otherwise.
 */
final class PriorsMenu {
    private final Workspace workspace;
    private final ServerWorkspace servers;
    private final StatusBar status;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lumen-priors");
        t.setDaemon(true);
        return t;
    });
    private final FrameOffsets offsets = new FrameOffsets();
    private final Set<StackViewport> watched = new HashSet<>();
    private final javafx.stage.Stage owner;
    private final List<String> stylesheets;
    /** Made when first shown (startup: a hidden window built with the main window cost its start-up time). */
    private TimelineWindow timeline;
    private final CheckMenuItem scroll = check("Link Scrolling", "link-scroll", true);
    private final CheckMenuItem window = check("Link Window/Level", "link-window", false);
    private final CheckMenuItem zoom = check("Link Zoom", "link-zoom", false);
    private Optional<PriorComparison> comparison = Optional.empty();
    /** priors-stream: the relevant prior of each server study, prefetched behind it (ADR 0016). */
    private final PriorPrefetch prefetch;
    /** priors-stream: a prior streaming beside the current that was not prefetched; its streams end with the comparison. */
    private Optional<StudyRetrieval> streamingPrior = Optional.empty();

    PriorsMenu(javafx.stage.Stage owner, Workspace workspace, ServerWorkspace servers, StatusBar status, List<String> stylesheets) {
        this.workspace = Objects.requireNonNull(workspace);
        this.servers = Objects.requireNonNull(servers);
        this.status = Objects.requireNonNull(status);
        this.owner = Objects.requireNonNull(owner);
        this.stylesheets = List.copyOf(stylesheets);
        scroll.setOnAction(e -> comparison.ifPresent(c -> c.linkScrolling(scroll.isSelected())));
        window.setOnAction(e -> comparison.ifPresent(c -> c.linkWindow(window.isSelected())));
        zoom.setOnAction(e -> comparison.ifPresent(c -> c.linkZoom(zoom.isSelected())));
        this.prefetch = new PriorPrefetch(servers.registry(), servers::retrieval);
        servers.onStudyListed(prefetch::studyOpened); // priors-stream
        owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> { // priors-stream: no stream outlives the window
            endComparison();
            prefetch.close();
        });
    }

    PriorPrefetch prefetch() {
        return prefetch;
    }

    Menu menu() {
        MenuItem show = new MenuItem("Patient Timeline\u2026");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        show.setOnAction(e -> showTimeline());
        MenuItem align = new MenuItem("Align Prior at the Slices Shown");
        align.setOnAction(e -> comparison.ifPresentOrElse(PriorComparison::align, () -> status.show("No prior is open beside the current")));
        MenuItem end = new MenuItem("End Comparison");
        end.setOnAction(e -> endComparison());
        return new Menu("Priors", null, show, new SeparatorMenuItem(), scroll, window, zoom, align, new SeparatorMenuItem(), end);
    }

    Optional<PriorComparison> comparison() {
        return comparison;
    }

    TimelineWindow timelineWindow() {
        if (timeline == null) {
            timeline = new TimelineWindow(owner, stylesheets, this::compare);
        }
        return timeline;
    }

    /** Searches every configured server for the studies of the patient shown in the active viewport. */
    void showTimeline() {
        Optional<OpenedSeries> shown = workspace.active().series();
        if (shown.isEmpty()) {
            status.show("Open a study first: the timeline is the history of its patient");
            return;
        }
        String patientId = HeaderFacts.patientId(shown.get());
        if (patientId.isBlank()) {
            status.show("The images name no Patient ID: no timeline to search");
            return;
        }
        List<ServerSettings> configured = servers.registry().servers();
        timelineWindow().searching(patientId, HeaderFacts.studyUid(shown.get()), configured.size());
        ExecutorService searches = Executors.newFixedThreadPool(Math.max(1, Math.min(4, configured.size())), r -> {
            Thread t = new Thread(r, "lumen-timeline");
            t.setDaemon(true);
            return t;
        });
        new TimelineSearch(new FederatedSearch(searches, servers.registry().clients(), 100, 1000)).start(configured, patientId,
                result -> {
                    searches.shutdown();
                    // prefetch2: PREFETCHED only for a prior the cache holds whole (not one paused, under way or cancelled)
                    List<String> relevant = prefetch.prefetched().stream().filter(p -> p.currentStudyUid().equals(HeaderFacts.studyUid(shown.get())))
                            .filter(PriorPrefetch.Prefetched::complete).map(p -> p.prior().studyUid()).toList();
                    Platform.runLater(() -> timelineWindow().show(result, relevant));
                });
    }

    /**
     * Shows a series of the prior from its first server beside the current series: from the cache when it holds it
     * (prefetched), else streaming into its viewport like the current (ADR 0016), else downloaded whole.
     */
    void compare(TimelineEntry prior) {
        Optional<OpenedSeries> currentSeries = workspace.active().series();
        Optional<ServerSettings> server = servers.registry().byName(prior.servers().get(0));
        if (currentSeries.isEmpty() || server.isEmpty()) {
            status.show(currentSeries.isEmpty() ? "Open the current study first" : "Server " + prior.servers().get(0) + " is not configured");
            return;
        }
        OpenedSeries current = currentSeries.get();
        status.show("Retrieving the prior of " + prior.displayDate() + " from " + server.get().name() + "\u2026");
        background.execute(() -> {
            try {
                Optional<PriorPrefetch.Prefetched> prefetched = prefetch.find(HeaderFacts.studyUid(current), prior.studyUid(), server.get().name());
                StudyRetrieval retrieval = prefetched.isPresent() ? prefetched.get().retrieval() : servers.retrieval(server.get(), prior.studyUid());
                List<SeriesSummary> listed = retrieval.listSeries();
                // priors2: the series prefetched for the one on the screen, so that Compare opens what was prefetched
                SeriesSummary best = prefetched.flatMap(p -> Optional.ofNullable(p.matches().get(current.first().getString(org.lumen.dicom.Tag.SeriesInstanceUID, ""))))
                        .orElseGet(() -> bestMatch(listed, current, prior.description()));
                retrieval.foreground(); // on the screen now: its requests no longer wait for the current study's
                Optional<SeriesInstances> streamed = retrieval.isDownloaded(best.seriesUid()) || !org.lumen.viewer.strip.SeriesStrip.streaming()
                        ? Optional.empty() : retrieval.stream(best, provisional -> { }); // shown once its plan is known: linked by position
                OpenedSeries opened;
                if (streamed.isPresent()) {
                    opened = StreamedSlices.open(streamed.get().stream().orElseThrow());
                } else {
                    SeriesInstances instances = retrieval.isDownloaded(best.seriesUid()) ? retrieval.load(best.seriesUid()) : retrieval.download(best, n -> { });
                    SeriesLoader.ScanResult scanned = SeriesLoader.scanMemory(instances.origin(), instances.part10());
                    if (scanned.series().isEmpty()) {
                        throw new IOException("the prior's series " + best.description() + " holds no readable image");
                    }
                    opened = scanned.series().get(0);
                }
                Optional<StudyRetrieval> streams = streamed.isPresent() && prefetched.isEmpty() ? Optional.of(retrieval) : Optional.empty();
                Platform.runLater(() -> showSideBySide(current, opened, streams));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.show("Cannot open the prior of " + prior.displayDate() + ": " + e.getMessage()));
            }
        });
    }

    /**
     * The prior's series most like the current one, as the prefetch matches them ({@link PriorChoice#match}: modality,
     * body region, description), else same modality and description, else same modality, else the first.
     */
    static SeriesSummary bestMatch(List<SeriesSummary> series, OpenedSeries current, String priorStudyDescription) {
        org.lumen.dicom.DataSet first = current.first();
        SeriesSummary mine = new SeriesSummary(first.getString(org.lumen.dicom.Tag.SeriesInstanceUID, "?"), first.getInt(org.lumen.dicom.Tag.SeriesNumber, 0),
                first.getString(org.lumen.dicom.Tag.Modality, ""), first.getString(org.lumen.dicom.Tag.SeriesDescription, ""),
                current.images().size(), first.getString(org.lumen.dicom.Tag.BodyPartExamined, "").trim());
        return PriorChoice.bestSeries(new PriorChoice.Described(mine, first.getString(org.lumen.dicom.Tag.StudyDescription, "")),
                series, priorStudyDescription);
    }

    private void showSideBySide(OpenedSeries current, OpenedSeries prior, Optional<StudyRetrieval> streams) {
        endComparison();
        streamingPrior = streams;
        workspace.addToCatalog(prior);
        workspace.setLayout(GridLayout.STANDARD.get(1));
        List<StackViewport> views = workspace.visibleViewports();
        StackViewport left = views.get(0);
        StackViewport right = views.get(1);
        if (left.series().orElse(null) != current) {
            left.show(current);
        }
        right.show(prior);
        for (StackViewport v : List.of(left, right)) {
            if (watched.add(v)) {
                v.onChange(() -> comparison.ifPresent(c -> {
                    if (v.series().isEmpty()) {
                        endComparison(); // the study was closed
                    } else {
                        c.changed(v);
                    }
                }));
            }
        }
        PriorComparison c = new PriorComparison(left, right, offsets, status);
        comparison = Optional.of(c);
        c.linkWindow(window.isSelected());
        c.linkZoom(zoom.isSelected());
        c.linkScrolling(scroll.isSelected());
        workspace.activate(left);
        status.show("Comparing " + HeaderFacts.displayDate(current) + " with the prior of " + HeaderFacts.displayDate(prior));
    }

    private void endComparison() {
        comparison.ifPresent(PriorComparison::end);
        comparison = Optional.empty();
        streamingPrior.ifPresent(StudyRetrieval::closeStreams); // priors-stream: a prior not prefetched streams no longer
        streamingPrior = Optional.empty();
    }

    private static CheckMenuItem check(String text, String id, boolean on) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(on);
        return item;
    }
}
