package org.lumen.viewer.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

import org.lumen.dicom.Tag;
import org.lumen.viewer.layout.GridLayout;
import org.lumen.viewer.protocol.HangingProtocol;
import org.lumen.viewer.protocol.ProtocolChooser;
import org.lumen.viewer.protocol.ProtocolFiles;
import org.lumen.viewer.protocol.StudyFacts;
import org.lumen.viewer.protocol.StudyRule;
import org.lumen.viewer.protocol.ViewportRule;

/**
 * The Protocol menu and hanging on open: when series of a study not shown before are opened, the most
 * specific matching protocol sets the layout and places the series (the open priors of the patient
 * counted); the user can apply another protocol, go back to the plain layout, or save the current
 * layout as a protocol file. Files are read and written on a background thread; FX thread otherwise.
 */
final class ProtocolMenu {
    private final Workspace workspace;
    private final StatusBar status;
    private final ProtocolFiles files;
    private final Menu menu = new Menu("Protocol");
    private volatile List<HangingProtocol> protocols = ProtocolFiles.defaults();
    private String hungStudy = "";

    ProtocolMenu(Workspace workspace, StatusBar status, ProtocolFiles files) {
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
        this.files = Objects.requireNonNull(files);
        menu.setOnShowing(e -> rebuild());
        rebuild();
        reload();
    }

    Menu menu() {
        return menu;
    }

    List<HangingProtocol> protocols() {
        return protocols;
    }

    /** Reads the protocol files again (background); problems go to the status bar. */
    void reload() {
        Thread t = new Thread(() -> {
            List<String> problems = new ArrayList<>();
            List<HangingProtocol> loaded = files.load(problems::add);
            protocols = loaded;
            if (!problems.isEmpty()) {
                Platform.runLater(() -> status.show(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")));
            }
        }, "lumen-protocols");
        t.setDaemon(true);
        t.start();
    }

    /** Series were opened: hangs the study by its protocol the first time the study is shown. */
    void opened(List<OpenedSeries> series) {
        String study = HeaderFacts.studyUid(series.get(0));
        long ofStudy = workspace.openedSeries().stream().filter(s -> HeaderFacts.studyUid(s).equals(study)).count();
        boolean reopened = study.equals(hungStudy) && ofStudy == series.size(); // closed, then opened again
        if (study.isEmpty() || (study.equals(hungStudy) && !reopened)) {
            return;
        }
        hungStudy = study;
        ProtocolChooser.choose(protocols, facts(study)).ifPresent(p -> apply(p, true));
    }

    /** Sets the protocol's layout and shows its series. */
    void apply(HangingProtocol protocol) {
        apply(protocol, false);
    }

    /**
     * As {@link #apply(HangingProtocol)}; on open, a layout of several viewports the user chose is not
     * shrunk: when the protocol's series fit in fewer viewports than are on screen, they go into the
     * first ones of the layout on screen.
     */
    private void apply(HangingProtocol protocol, boolean onOpen) {
        List<OpenedSeries> ordered = hangingOrder();
        if (ordered.isEmpty()) {
            status.show("Open a study first");
            return;
        }
        List<org.lumen.viewer.protocol.SeriesFacts> facts = new ArrayList<>();
        Map<String, OpenedSeries> byUid = new LinkedHashMap<>();
        List<String> studies = studiesNewestFirst(ordered);
        for (OpenedSeries s : ordered) {
            facts.add(HeaderFacts.of(s, studies.indexOf(HeaderFacts.studyUid(s))));
            byUid.put(SeriesCatalog.uid(s), s);
        }
        ProtocolChooser.Hanging hanging = ProtocolChooser.hang(protocol, facts);
        GridLayout onScreen = workspace.layout();
        if (onOpen && onScreen.cells() > 1 && hanging.grid().cells() < onScreen.cells()) {
            List<Optional<String>> kept = new ArrayList<>(hanging.cells().stream().filter(Optional::isPresent).toList());
            while (kept.size() < onScreen.cells()) {
                kept.add(Optional.empty());
            }
            hanging = new ProtocolChooser.Hanging(onScreen, kept);
        }
        List<Optional<String>> cells = hanging.cells();
        if (cells.stream().noneMatch(Optional::isPresent)) {
            status.show("Protocol " + protocol.name() + " finds no series for its viewports here; the layout stays");
            return;
        }
        workspace.setLayout(hanging.grid());
        List<StackViewport> views = workspace.visibleViewports();
        for (int i = 0; i < cells.size(); i++) {
            Optional<OpenedSeries> placed = cells.get(i).map(byUid::get);
            if (placed.isPresent()) {
                views.get(i).show(placed.get());
            } else if (views.get(i).series().isPresent()) {
                views.get(i).clear(); // no series for this viewport: empty, not what was there before
            }
        }
        workspace.activate(views.get(0));
        status.show("Protocol: " + protocol.name() + " (" + hanging.grid() + ")");
    }

    /** The plain layout: one viewport with the current study's first series. */
    void plain() {
        List<OpenedSeries> ordered = hangingOrder();
        workspace.setLayout(GridLayout.STANDARD.get(0));
        if (!ordered.isEmpty()) {
            workspace.visibleViewports().get(0).show(ordered.get(0));
        }
        status.show("Plain layout");
    }

    /** Saves the layout on screen as a protocol named {@code name} for studies like the current one. */
    void saveCurrent(String name) {
        List<OpenedSeries> ordered = hangingOrder();
        if (ordered.isEmpty()) {
            status.show("Open a study first");
            return;
        }
        List<String> studies = studiesNewestFirst(ordered);
        List<ViewportRule> rules = new ArrayList<>();
        int priorsShown = 0;
        for (StackViewport v : workspace.visibleViewports()) {
            OpenedSeries s = v.series().orElse(null);
            if (s == null) {
                rules.add(new ViewportRule(0, "", "", null, 0)); // an empty viewport: the next series not placed
                continue;
            }
            int prior = Math.max(0, studies.indexOf(HeaderFacts.studyUid(s)));
            priorsShown = Math.max(priorsShown, prior);
            rules.add(new ViewportRule(prior, s.first().getString(Tag.Modality, ""),
                    "^" + escape(s.first().getString(Tag.SeriesDescription, "")) + "$", HeaderFacts.orientation(s), 0));
        }
        String modality = ordered.get(0).first().getString(Tag.Modality, "");
        HangingProtocol protocol;
        try {
            protocol = new HangingProtocol(name, new StudyRule(modality, "", "", "", priorsShown, priorsShown == 0 ? 0 : -1),
                    workspace.layout().toString(), rules);
        } catch (IllegalArgumentException e) {
            status.show("Cannot save the protocol: " + e.getMessage());
            return;
        }
        Thread t = new Thread(() -> {
            try {
                var file = files.save(protocol);
                Platform.runLater(() -> status.show("Protocol \"" + name + "\" saved in " + file));
                reload();
            } catch (IOException e) {
                Platform.runLater(() -> status.show("Cannot save the protocol: " + e.getMessage()));
            }
        }, "lumen-protocol-save");
        t.setDaemon(true);
        t.start();
    }

    /** The current study (the active viewport's, else the last opened) first, then the patient's priors. */
    private List<OpenedSeries> hangingOrder() {
        List<OpenedSeries> all = workspace.openedSeries();
        if (all.isEmpty()) {
            return List.of();
        }
        OpenedSeries current = workspace.active().series().orElse(all.get(all.size() - 1));
        String study = hungStudy.isEmpty() ? HeaderFacts.studyUid(current) : hungStudy;
        OpenedSeries anchor = all.stream().filter(s -> HeaderFacts.studyUid(s).equals(study)).findFirst().orElse(current);
        String patient = HeaderFacts.patientId(anchor);
        String date = HeaderFacts.studyDate(anchor);
        return all.stream().filter(s -> HeaderFacts.studyUid(s).equals(study) || (HeaderFacts.patientId(s).equals(patient)
                && !patient.isEmpty() && (date.isEmpty() || HeaderFacts.studyDate(s).compareTo(date) <= 0)))
                .sorted(Comparator.comparing((OpenedSeries s) -> !HeaderFacts.studyUid(s).equals(study))
                        .thenComparing(HeaderFacts::studyDate, Comparator.reverseOrder()))
                .toList();
    }

    private StudyFacts facts(String study) {
        List<OpenedSeries> ordered = hangingOrder();
        List<OpenedSeries> mine = ordered.stream().filter(s -> HeaderFacts.studyUid(s).equals(study)).toList();
        return new StudyFacts(mine.stream().map(s -> s.first().getString(Tag.Modality, "")).distinct().toList(),
                mine.stream().map(s -> s.first().getString(Tag.BodyPartExamined, "")).filter(b -> !b.isEmpty()).distinct().toList(),
                mine.isEmpty() ? "" : mine.get(0).first().getString(Tag.StudyDescription, ""),
                mine.stream().map(s -> s.first().getString(Tag.SeriesDescription, "")).toList(),
                studiesNewestFirst(ordered).size() - 1);
    }

    private static List<String> studiesNewestFirst(List<OpenedSeries> ordered) {
        return ordered.stream().map(HeaderFacts::studyUid).distinct().toList();
    }

    private static String escape(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private void rebuild() {
        List<MenuItem> items = new ArrayList<>();
        for (HangingProtocol p : protocols) {
            MenuItem item = new MenuItem(p.name() + "  (" + p.layout() + ")");
            item.setOnAction(e -> apply(p));
            items.add(item);
        }
        MenuItem plain = new MenuItem("Plain Layout");
        plain.setId("protocol-plain");
        plain.setOnAction(e -> plain());
        MenuItem save = new MenuItem("Save Current Layout as Protocol\u2026");
        save.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog("My protocol");
            dialog.setTitle("Save protocol");
            dialog.setHeaderText("Name of the protocol (saved in " + files.folder() + ")");
            dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(this::saveCurrent);
        });
        MenuItem reload = new MenuItem("Reload Protocol Files");
        reload.setOnAction(e -> reload());
        items.add(new SeparatorMenuItem());
        items.addAll(List.of(plain, save, reload));
        menu.getItems().setAll(items);
    }
}
