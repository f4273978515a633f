package org.lumen.viewer.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

import org.lumen.rendering.RenderedImage;

/**
 * Puts rendered pixels on the screen through a JavaFX {@link PixelBuffer} (premultiplied BGRA, the
 * layout GL read-back and {@code RenderedImage.writeBgra} produce), and places the image with an
 * image-to-screen affine.
 *
 * <p>Two buffers alternate: a new image is written into the one not on screen, then shown, so prism
 * never reads a half-written frame. The buffers' own position and limit are never moved (prism reads
 * them concurrently): writes go through {@code duplicate()}. FX thread only.
 */
final class ImageSurface {
    private final ImageView view = new ImageView();
    private final Affine affine = new Affine();
    private final Pane pane = new Pane(view);
    private final Slot[] slots = {new Slot(), new Slot()};
    private int front = -1;

    private static final class Slot {
        PixelBuffer<ByteBuffer> buffer;
        WritableImage image;
    }

    ImageSurface() {
        view.getStyleClass().add("viewport-image");
        view.getTransforms().add(affine);
        view.setSmooth(true);
        pane.setMinSize(0, 0);
        pane.setMouseTransparent(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
    }

    Node node() {
        return pane;
    }

    /** Shows {@code width x height} opaque ARGB pixels. */
    void show(int width, int height, int[] argb) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(argb.length + " pixels for " + width + "x" + height);
        }
        // An int 0xAARRGGBB written little-endian is the bytes B, G, R, A; opaque, so premultiplied too.
        write(width, height, target -> target.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(argb));
    }

    /** Shows an image the rendering module's {@code Renderer} drew. */
    void show(RenderedImage image) {
        write(image.width(), image.height(), image::writeBgra);
    }

    private void write(int width, int height, java.util.function.Consumer<ByteBuffer> writer) {
        int back = front == 0 ? 1 : 0;
        Slot slot = slots[back];
        if (slot.buffer == null || slot.buffer.getWidth() != width || slot.buffer.getHeight() != height) {
            ByteBuffer bytes = ByteBuffer.allocateDirect(width * height * 4);
            slot.buffer = new PixelBuffer<>(width, height, bytes, PixelFormat.getByteBgraPreInstance());
            slot.image = new WritableImage(slot.buffer);
        }
        ByteBuffer target = slot.buffer.getBuffer().duplicate();
        target.clear();
        writer.accept(target);
        slot.buffer.updateBuffer(b -> null);
        view.setImage(slot.image);
        front = back;
    }

    /** Places the image: {@code a = [mxx, mxy, tx, myx, myy, ty]} from image pixels to this node's coordinates. */
    void place(double[] a) {
        affine.setToTransform(a[0], a[1], a[2], a[3], a[4], a[5]);
    }

    /**
     * Removes the image. The two pixel buffers stay: they belong to the viewport (sized by it, not by
     * a study), and new ones would make prism create new textures while its pool frees the old ones
     * only lazily (measured: about 1 MB of heap per closed study with the software pipeline).
     */
    void clear() {
        view.setImage(null);
    }
}
