package org.lumen.viewer.mpr;

import java.nio.ByteBuffer;
import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.geometry.Vec3;

/**
 * One view of the MPR layout: its slab controls above, the image the {@link org.lumen.rendering.Renderer}
 * draws at device resolution, and the {@link MprOverlay}. Its zoom and pan ({@link MprFraming}) are its
 * own; where its plane lies comes from the layout's {@link MprState}. Input is {@link MprInput}'s. FX
 * thread only.
 */
final class MprView {
    private final MprPlane plane;
    private final MprLayout layout;
    private final ImageView image = new ImageView();
    private final Pane imagePane = new Pane(image);
    private final MprOverlay overlay = new MprOverlay();
    private final StackPane stack = new StackPane(imagePane, overlay.node());
    private final SlabControls slabControls;
    private final BorderPane root = new BorderPane();
    private final MprDrawer drawer;
    private MprFraming framing;
    private MprViewport viewport;
    private MprLayout.Drawn drawn;

    MprView(MprPlane plane, MprLayout layout) {
        this.plane = plane;
        this.layout = layout;
        this.drawer = new MprDrawer(plane.name().toLowerCase(java.util.Locale.ROOT));
        this.slabControls = new SlabControls(plane, layout);
        image.setSmooth(false);
        imagePane.setMinSize(0, 0);
        stack.setMinSize(0, 0);
        stack.getStyleClass().add("mpr-view");
        stack.setStyle("-fx-background-color: black; -fx-border-color: " + plane.colour() + "55; -fx-border-width: 1;");
        stack.setFocusTraversable(true);
        root.setTop(slabControls.node());
        root.setCenter(stack);
        root.setMinSize(0, 0);
        stack.widthProperty().addListener((o, a, b) -> redraw());
        stack.heightProperty().addListener((o, a, b) -> redraw());
        new MprInput(this, layout).attach(stack);
    }

    Node node() {
        return root;
    }

    /** The image area (for input and tests). */
    Node imageArea() {
        return stack;
    }

    MprPlane plane() {
        return plane;
    }

    /** The geometry of what is on screen now, once the view has a size and the layout a volume. */
    Optional<MprViewport> viewport() {
        return Optional.ofNullable(viewport);
    }

    /** The image on screen, with what it was drawn for. */
    Optional<MprLayout.Drawn> drawn() {
        return Optional.ofNullable(drawn);
    }

    MprFraming framing() {
        return framing;
    }

    void setFraming(MprFraming next) {
        framing = next;
        redraw();
    }

    /** Forgets zoom and pan: the whole volume fits the view again. */
    void fit() {
        framing = null;
        redraw();
    }

    void setActive(boolean active) {
        stack.pseudoClassStateChanged(PseudoClass.getPseudoClass("active"), active);
        stack.setStyle("-fx-background-color: black; -fx-border-color: " + plane.colour() + (active ? "" : "55")
                + "; -fx-border-width: " + (active ? 2 : 1) + ";");
    }

    /** The patient point under a point of the image area, if the view is drawn. */
    Optional<Vec3> patientAt(double x, double y) {
        return viewport().map(v -> v.toPatient(x, y));
    }

    /** Draws again for the layout's current state: the overlay at once, the image when the renderer has it. */
    void redraw() {
        slabControls.show(layout.state().map(s -> s.slab(plane)).orElse(Slab.THIN));
        Optional<MprLayout.Shown> volume = layout.shown();
        double w = stack.getWidth();
        double h = stack.getHeight();
        if (volume.isEmpty() || w < 1 || h < 1 || layout.state().isEmpty()) {
            return;
        }
        MprState state = layout.state().get();
        if (framing == null) {
            framing = MprFraming.fitted(state, plane, volume.get().volume().geometry(), w, h);
        }
        viewport = MprViewport.of(state, plane, framing, w, h, outputScale());
        overlay.update(viewport, state, layout.windowText(), String.format(java.util.Locale.ROOT, "Zoom %.0f%%",
                100 * volume.get().volume().geometry().minSpacing() / viewport.mmPerScreenPixel()));
        MprViewport drawing = viewport;
        ViewRequest request = viewport.request(volume.get().volume(), state.slab(plane), layout.window(), layout.inverted());
        drawer.draw(layout.renderer(), request, picture -> present(new MprLayout.Drawn(request, drawing, picture)),
                failure -> layout.status("MPR " + plane.label() + " view cannot be drawn: " + failure));
    }

    private void present(MprLayout.Drawn next) {
        RenderedImage picture = next.image();
        MprViewport drawnFor = next.viewport();
        WritableImage target = new WritableImage(picture.width(), picture.height());
        ByteBuffer bgra = ByteBuffer.allocate(picture.width() * picture.height() * 4);
        picture.writeBgra(bgra);
        target.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getByteBgraPreInstance(), bgra.array(), 0,
                picture.width() * 4);
        image.setImage(target);
        image.setFitWidth(picture.width() / drawnFor.outputScale());
        image.setFitHeight(picture.height() / drawnFor.outputScale());
        drawn = next;
    }

    /** Clears the image and stops drawing what was queued. */
    void clear() {
        drawer.cancel();
        image.setImage(null);
        drawn = null;
        viewport = null;
        framing = null;
    }

    void shutdown() {
        drawer.shutdown();
    }

    private double outputScale() {
        return stack.getScene() != null && stack.getScene().getWindow() != null ? stack.getScene().getWindow().getOutputScaleX() : 1;
    }
}
