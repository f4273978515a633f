package org.lumen.viewer.keys;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.Measurement;
import org.lumen.dicom.sr.MeasurementReport;
import org.lumen.dicom.sr.StudyHeader;

/**
 * The key images and measurements of the study opened from a server, for the workstation: reads what
 * the archive holds when the study opens, marks and unmarks key images, and saves the unsaved key
 * images and the reader's own measurements to the study's server, all network work on
 * {@code background}. What was saved is shown as archived (read-only) from then on, as it would be to
 * another workstation. A failed save keeps its documents for Retry ({@link PendingSave}).
 *
 * <p>Threading: every public method on the FX thread; results come back through {@code fx}. Work for
 * a study that was closed or replaced in the meantime is dropped.
 */
public final class StudyAnnotations {
    private static final System.Logger LOG = System.getLogger(StudyAnnotations.class.getName());
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> status;
    private final Supplier<StationIdentity> identity;
    private final ArchiveNotice notice = new ArchiveNotice();
    private final List<Runnable> listeners = new ArrayList<>();
    private final ReadOnlyBooleanWrapper fromServer = new ReadOnlyBooleanWrapper(false);
    private final List<ArchivedMeasurement> archivedMeasurements = new ArrayList<>();
    private StudyContent content;
    private KeyImageSelection selection = new KeyImageSelection();
    private Optional<ArchiveTarget> target = Optional.empty();
    private long generation;
    private boolean saving;
    private int notDrawn;

    /**
     * @param background where archive reads and saves run (blocking network calls)
     * @param fx         how results get back to the FX thread ({@code Platform::runLater})
     * @param status     shows a line in the status bar
     * @param identity   who saves and where (called on {@code background})
     */
    public StudyAnnotations(Executor background, Executor fx, Consumer<String> status, Supplier<StationIdentity> identity) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.status = Objects.requireNonNull(status, "status");
        this.identity = Objects.requireNonNull(identity, "identity");
    }

    /**
     * The workstation's: archive work on one daemon thread ("lumen-archive"), results on the FX thread,
     * this machine's user and host name as author and station.
     */
    public static StudyAnnotations forWorkstation(Consumer<String> status) {
        Executor worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lumen-archive");
            t.setDaemon(true);
            return t;
        });
        return new StudyAnnotations(worker, javafx.application.Platform::runLater, status, StationIdentity::ofThisMachine);
    }

    /** Where the study's images and the reader's measurements are read from when saving. */
    public void useContent(StudyContent studyContent) {
        content = Objects.requireNonNull(studyContent, "studyContent");
    }

    /** The notice over the reading area (saving, saved, failed with Retry, unreadable documents). */
    public ArchiveNotice notice() {
        return notice;
    }

    /** Runs after every change of what is shown (marks, archived measurements): the viewports redraw. */
    public void onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Whether the open study came from a server (saving needs one): false for a local study. */
    public ReadOnlyBooleanProperty fromServerProperty() {
        return fromServer.getReadOnlyProperty();
    }

    public Optional<ArchiveTarget> target() {
        return target;
    }

    /** Why saving is not possible now, for a tooltip; empty when it is. */
    public static String localStudyReason() {
        return "Key images and measurements are saved in the study on its server: this study was opened from files or a "
                + "folder, so there is no archive to save to. Open the study from a server (Servers \u25B8 Study Browser).";
    }

    /** The stylesheet of the key-image badge, the archived measurements and the notice (for the main scene). */
    public static String stylesheet() {
        return Objects.requireNonNull(StudyAnnotations.class.getResource("lumen-keys.css"), "lumen-keys.css").toExternalForm();
    }

    // ---- opening and closing

    /**
     * A study was opened from a server: forgets the previous one and reads what its archive holds. The
     * same study opened again keeps its unsaved key images.
     */
    public void open(ArchiveTarget study) {
        boolean same = target.filter(t -> t.serverName().equals(study.serverName()) && t.studyUid().equals(study.studyUid())).isPresent();
        List<ImageRef> kept = same ? selection.unsaved() : List.of();
        String dropped = same ? "" : unsavedWork();
        reset();
        kept.forEach(selection::toggle);
        warnDropped(dropped);
        target = Optional.of(study);
        fromServer.set(true);
        long ticket = generation;
        background.execute(() -> {
            try {
                ArchivedAnnotations found = new AnnotationArchive(study.client()).load(study.studyUid());
                fx.execute(() -> loaded(ticket, study, found));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "reading key images and measurements of study " + study.studyUid(), e);
                fx.execute(() -> {
                    if (ticket == generation) {
                        notice.warn(ArchiveWording.readFailure(study.serverName(), e));
                    }
                });
            }
        });
        changed();
    }

    /**
     * The study was closed: nothing is shown any more. Unsaved key images and measurements are dropped,
     * and the notice says so (call before the workspace forgets the measurements).
     */
    public void close() {
        String dropped = unsavedWork();
        reset();
        warnDropped(dropped);
        changed();
    }

    /** What of the study was not saved ("" when nothing), with where it would have gone. */
    private String unsavedWork() {
        if (target.isEmpty()) {
            return "";
        }
        int measurements = content == null ? 0 : content.measurements(target.get().studyUid()).size();
        int keys = selection.unsaved().size();
        return keys + measurements == 0 ? ""
                : ArchiveWording.contents(keys, measurements) + " not saved to " + target.get().serverName();
    }

    private void warnDropped(String dropped) {
        if (!dropped.isEmpty()) {
            notice.warn("The previous study had " + dropped + "; they were dropped.");
        }
    }

    private void reset() {
        generation++;
        target = Optional.empty();
        fromServer.set(false);
        selection = new KeyImageSelection();
        archivedMeasurements.clear();
        notDrawn = 0;
        saving = false;
        notice.hide();
    }

    private void loaded(long ticket, ArchiveTarget study, ArchivedAnnotations found) {
        if (ticket != generation) {
            return;
        }
        selection.setArchived(found);
        found.reports().forEach(this::addReport);
        found.unreadable().forEach(u -> LOG.log(System.Logger.Level.WARNING, "study " + study.studyUid() + ": cannot read " + u));
        String what = ArchiveWording.contents(found.keyImages().size(), archivedMeasurements.size());
        List<String> problems = new ArrayList<>();
        if (!found.unreadable().isEmpty()) {
            problems.add(ArchiveWording.count(found.unreadable().size(), "document") + " could not be read ("
                    + String.join("; ", found.unreadable()) + ")");
        }
        if (notDrawn > 0) {
            problems.add(ArchiveWording.count(notDrawn, "measurement") + " of another system cannot be drawn here "
                    + "(an oblique ellipse or a free outline)");
        }
        if (!problems.isEmpty()) {
            notice.warn("From " + study.serverName() + ": " + what + ". " + String.join(". ", problems) + ".");
        } else if (!found.keyObjects().isEmpty() || !found.reports().isEmpty()) {
            notice.done("From " + study.serverName() + ": " + what + " saved before");
        }
        changed();
    }

    private void addReport(MeasurementReport report) {
        for (Measurement m : report.measurements()) {
            MeasurementConversion.fromReport(m).ifPresentOrElse(
                    shown -> archivedMeasurements.add(new ArchivedMeasurement(m.image(), shown, m.label(), report.origin())),
                    () -> notDrawn++);
        }
    }

    // ---- key images

    /** Marks the image as a key image, or unmarks it when it was marked here and not saved yet. */
    public void toggle(ImageRef image, String studyUid) {
        if (target.isEmpty()) {
            status.accept("Key images are saved in the study on its server: open the study from a server to mark them");
            return;
        }
        ArchiveTarget study = target.get();
        if (!study.studyUid().equals(studyUid)) {
            status.accept("This image is not of the study opened from " + study.serverName() + ": key images are marked there");
            return;
        }
        if (unsavedMark(image).isEmpty() && selection.archived().isKeyImage(image.sopInstanceUid(), image.frame())) {
            status.accept("This key image is stored in the archive; it stays a key image");
            return;
        }
        boolean marked = selection.toggle(image);
        status.accept(marked ? "Key image marked (not saved yet: File \u25B8 Save Key Images and Measurements)" : "Key image unmarked");
        changed();
    }

    /** Whether and why the image is a key image. */
    public Optional<KeyMark> keyMark(ImageRef image) {
        if (unsavedMark(image).isPresent()) {
            return Optional.of(new KeyMark(true, "Key image marked here, not saved to " + target.map(ArchiveTarget::serverName)
                    .orElse("the archive") + " yet"));
        }
        for (KeyObjectSelection k : selection.archived().keyObjects()) {
            if (k.images().stream().anyMatch(i -> same(i, image))) {
                return Optional.of(new KeyMark(false, "Key image (" + k.title().meaning() + "), saved by "
                        + ArchiveWording.origin(k.origin())));
            }
        }
        return Optional.empty();
    }

    private Optional<ImageRef> unsavedMark(ImageRef image) {
        return selection.unsaved().stream().filter(i -> same(i, image)).findFirst();
    }

    private static boolean same(ImageRef a, ImageRef b) {
        return a.sopInstanceUid().equals(b.sopInstanceUid()) && (a.frame() == 0 || b.frame() == 0 || a.frame() == b.frame());
    }

    /** The key images of the study, archived then unsaved, each once. */
    public List<ImageRef> keyImages() {
        List<ImageRef> all = new ArrayList<>(selection.archived().keyImages());
        selection.unsaved().stream().filter(i -> !all.contains(i)).forEach(all::add);
        return all;
    }

    /** The archived (read-only) measurements on the image. */
    public List<ArchivedMeasurement> archivedOn(ImageRef image) {
        return archivedMeasurements.stream().filter(m -> m.on(image)).toList();
    }

    // ---- saving

    /** Saves the unsaved key images and the reader's own measurements of the study to its server. */
    public void save() {
        if (target.isEmpty()) {
            notice.warn("Nothing can be saved: " + localStudyReason());
            return;
        }
        if (saving) {
            status.accept("A save to " + target.get().serverName() + " is under way");
            return;
        }
        ArchiveTarget study = target.get();
        List<UserMeasurement> mine = content == null ? List.of() : content.measurements(study.studyUid());
        Optional<DataSet> header = content == null ? Optional.empty() : content.anyImage(study.studyUid());
        if (selection.unsaved().isEmpty() && mine.isEmpty()) {
            notice.done("Nothing to save: no key image marked (K) and no measurement made since the last save");
            return;
        }
        if (header.isEmpty()) {
            notice.warn("Nothing can be saved: no image of the study is open");
            return;
        }
        saving = true;
        long ticket = generation;
        notice.progress("Preparing " + ArchiveWording.contents(selection.unsaved().size(), mine.size()) + "\u2026");
        background.execute(() -> {
            try {
                StudyHeader head = StudyHeader.of(header.get());
                List<Measurement> converted = MeasurementConversion.toReport(mine);
                StationIdentity who = identity.get();
                fx.execute(() -> {
                    if (ticket == generation) {
                        selection.prepare(head, who.author(), who.station(), converted).ifPresentOrElse(
                                pending -> send(ticket, study, pending, mine), () -> {
                                    saving = false;
                                    notice.hide();
                                });
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "preparing key images and measurements", e);
                fx.execute(() -> {
                    if (ticket == generation) {
                        saving = false;
                        notice.failed("Could not prepare the documents: " + e.getMessage(), this::save);
                    }
                });
            }
        });
    }

    /** Sends prepared documents; Retry after a failure sends the same ones (same UIDs). */
    private void send(long ticket, ArchiveTarget study, PendingSave pending, List<UserMeasurement> mine) {
        if (ticket != generation) {
            return;
        }
        saving = true;
        String what = contents(pending);
        notice.progress("Saving " + what + " to " + study.serverName() + "\u2026");
        background.execute(() -> {
            try {
                pending.sendTo(new AnnotationArchive(study.client()));
                fx.execute(() -> saved(ticket, study, pending, mine, what));
            } catch (ArchiveSaveException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "saving to " + study.serverName(), e);
                fx.execute(() -> {
                    if (ticket == generation) {
                        saving = false;
                        notice.failed("Not saved to " + study.serverName() + ": " + ArchiveWording.failure(e)
                                + ". Nothing is lost: Retry now, or save again later.", () -> {
                                    if (!saving) {
                                        send(ticket, study, pending, mine);
                                    }
                                });
                        status.accept("Saving to " + study.serverName() + " failed");
                    }
                });
            }
        });
    }

    private void saved(long ticket, ArchiveTarget study, PendingSave pending, List<UserMeasurement> mine, String what) {
        if (ticket != generation) {
            return; // the study was closed meanwhile: the documents are in the archive and come back when it opens
        }
        saving = false;
        selection.saved(pending);
        selection.setArchived(selection.archived().with(pending));
        pending.report().ifPresent(this::addReport);
        if (content != null) {
            content.forget(mine);
        }
        notice.done("Saved " + what + " to " + study.serverName());
        status.accept("Saved " + what + " to " + study.serverName());
        changed();
    }

    private static String contents(PendingSave pending) {
        return ArchiveWording.contents(pending.keyObjects().map(k -> k.images().size()).orElse(0),
                pending.report().map(r -> r.measurements().size()).orElse(0));
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
