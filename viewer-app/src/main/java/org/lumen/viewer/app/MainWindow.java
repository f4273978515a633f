package org.lumen.viewer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.lumen.viewer.Main;
import org.lumen.viewer.browser.ServerWorkspace;
import org.lumen.viewer.servers.StudyLink;

/** The main window: menu bar, the viewport and the status bar. */
final class MainWindow {
    private final Stage stage;
    private final StatusBar statusBar = new StatusBar();
    // ---- viewer-tools: the reading area (viewports, layouts, tools, keys, help) lives in Workspace.
    private final Workspace workspace = new Workspace(statusBar, CornerTextSettings.load(statusBar));
    // ---- end viewer-tools
    private final ServerWorkspace servers;
    private final PriorsMenu priors; // priors-protocols
    private final ProtocolMenu protocols; // priors-protocols
    private final StudyQc qc; // viewer-qc

    MainWindow(Stage stage) {
        this.stage = Objects.requireNonNull(stage);
        String stylesheet = Objects.requireNonNull(
                MainWindow.class.getResource("lumen-dark.css"), "lumen-dark.css").toExternalForm();
        // --- viewer-servers: server menu, study browser, series strip, opening studies from servers ---
        servers = new ServerWorkspace(stage, series -> workspace.openInstances(series, null), this::openDemo, statusBar::show, stylesheet,
                statusBar.networkMeter()); // viewer-qc: network activity in the status bar
        // a series dropped from the strip that is not open yet is downloaded, then shown where it was dropped
        workspace.fetchMissingSeriesWith(servers::openSeries);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> servers.close());
        // --- end viewer-servers ---
        // priors-protocols: patient timeline and prior comparison; hanging protocols applied when a study opens
        priors = new PriorsMenu(stage, workspace, servers, statusBar, servers.stylesheets());
        protocols = new ProtocolMenu(workspace, statusBar,
                new org.lumen.viewer.protocol.ProtocolFiles(org.lumen.viewer.servers.ConfigFolder.forUser().file("protocols")));
        workspace.onOpened(protocols::opened);
        servers.onStudyOpened(workspace.annotations()::open); // key-images: read the study's key images and measurements
        BorderPane root = new BorderPane();
        root.getStyleClass().add("lumen-root");
        root.setTop(new javafx.scene.layout.VBox(menuBar(), workspace.toolBar())); // viewer-tools: tool bar
        root.setCenter(workspace.node()); // viewer-tools
        root.setLeft(servers.strip());
        root.setBottom(statusBar.node());
        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().addAll(servers.stylesheets());
        scene.getStylesheets().add(org.lumen.viewer.qc.QcWindows.stylesheet()); // viewer-qc
        scene.getStylesheets().add(org.lumen.viewer.keys.StudyAnnotations.stylesheet()); // key-images
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            event.setDropCompleted(files != null && !files.isEmpty());
            if (files != null && !files.isEmpty()) {
                open(files.stream().map(File::toPath).toList());
            }
            event.consume();
        });
        // --- viewer-qc: QC windows, closing the study, archive counts from the strip ---
        qc = new StudyQc(stage, servers.stylesheets(), workspace, statusBar, servers::reportedInstances);
        workspace.reportedInstancesFrom(servers::reportedInstances);
        workspace.onWindowActions(action -> {
            if (action == org.lumen.viewer.tools.ViewerAction.CLOSE_STUDY) {
                closeStudy();
            } else {
                qc.perform(action);
            }
        });
        // --- end viewer-qc ---
        stage.setTitle("Lumen " + Main.version());
        stage.setScene(scene);
    }

    void show() {
        AfterStart.hold(); // startup: background work waits for the first image (renderer probe, icons, QC check)
        stage.show();
        workspace.active().node().requestFocus(); // viewer-tools
        FirstImage.then(workspace, java.time.Duration.ofSeconds(2), AfterStart::release);
        AfterStart.run(workspace::probeRendererOnce); // viewer-tools
        AfterStart.run(() -> WindowIcons.setLater(stage));
    }

    /** Opens files or folders (their DICOM files, recursively) in the viewport. */
    void open(List<Path> paths) {
        statusBar.show("Reading " + paths.size() + (paths.size() == 1 ? " item" : " items") + "\u2026");
        workspace.open(() -> paths, ""); // viewer-tools
    }

    /**
     * Opens the built-in demo study (generated on first use under the user's cache folder), for a
     * start with nothing to open.
     */
    void openDemo() {
        statusBar.show("Preparing the demo study…");
        String note = "  \u2014  DEMO study (synthetic): File \u25B8 Open for your images, Servers \u25B8 Settings\u2026 to add a server";
        // startup: read while the window was built (DemoStart), else now
        DemoStart.take().ifPresentOrElse(scan -> workspace.openScanned(scan, note), () -> workspace.open(DemoStart::files, note));
    }

    /** Opens the study of a {@code lumen://} link from its server (viewer-servers). */
    void openLink(StudyLink link) {
        servers.openLink(link);
    }

    /** Opens a {@code lumen://} link given as text; a malformed one is reported in the status bar. */
    void openLink(String link) {
        try {
            openLink(StudyLink.parse(link));
        } catch (StudyLink.BadLinkException e) {
            statusBar.show("Cannot open " + link + ": " + e.getMessage());
        }
    }

    /** Starts with nothing to open: the study browser when a server is configured, else the demo study. */
    void openStart() {
        if (servers.hasServers()) {
            servers.showBrowser();
        } else {
            openDemo();
        }
    }

    ServerWorkspace servers() {
        return servers;
    }

    PriorsMenu priors() {
        return priors;
    }

    ProtocolMenu protocols() {
        return protocols;
    }

    /** The reading area: viewports, layouts, tools (viewer-tools). */
    Workspace workspace() {
        return workspace;
    }

    /**
     * Closes the study (viewer-qc): QC windows closed, viewports emptied, series, measurements and
     * cached pixels forgotten, GPU textures released, the strip's downloads and thumbnails cancelled.
     */
    void closeStudy() {
        qc.windows().closeAll();
        servers.closeStudy();
        workspace.closeStudy(() -> statusBar.show("Study closed"));
    }

    StudyQc qc() {
        return qc;
    }

    private MenuBar menuBar() {
        MenuItem openFile = new MenuItem("Open File…");
        openFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open DICOM files");
            List<File> files = chooser.showOpenMultipleDialog(stage);
            if (files != null && !files.isEmpty()) {
                open(files.stream().map(File::toPath).toList());
            }
        });
        MenuItem openFolder = new MenuItem("Open Folder…");
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of DICOM files");
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                open(List.of(folder.toPath()));
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        // viewer-qc: Close study, and the QC menu; the keys are the KeyTable's (shown here, handled once)
        MenuItem close = actionItem("Close Study", org.lumen.viewer.tools.ViewerAction.CLOSE_STUDY, "close-study");
        // key-images: mark the shown image, save key images and measurements to the study's server
        MenuItem saveKeys = actionItem("Save Key Images and Measurements to Archive", org.lumen.viewer.tools.ViewerAction.SAVE_ANNOTATIONS,
                "save-annotations");
        saveKeys.disableProperty().bind(workspace.annotations().fromServerProperty().not());
        Menu file = new Menu("File", null, openFile, openFolder, close, new SeparatorMenuItem(),
                actionItem("Mark Key Image", org.lumen.viewer.tools.ViewerAction.KEY_IMAGE, "mark-key-image"), saveKeys,
                new SeparatorMenuItem(), quit);
        Menu qcMenu = new Menu("QC", null,
                actionItem("DICOM Tags…", org.lumen.viewer.tools.ViewerAction.TAG_BROWSER, "qc-tags"),
                actionItem("Header Diff…", org.lumen.viewer.tools.ViewerAction.HEADER_DIFF, "qc-diff"),
                actionItem("Series Completeness…", org.lumen.viewer.tools.ViewerAction.SERIES_QC, "qc-completeness"));
        return new MenuBar(file, servers.menu(), qcMenu, priors.menu(), protocols.menu()); // priors-protocols: two menus
    }

    /** A menu item performing a workspace action, with the action's first key from the KeyTable as accelerator. */
    private MenuItem actionItem(String text, org.lumen.viewer.tools.ViewerAction action, String id) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        workspace.keys().keysFor(action).stream().findFirst().ifPresent(item::setAccelerator);
        item.setOnAction(e -> workspace.perform(action));
        return item;
    }
}
