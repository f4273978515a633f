package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;

/**
 * A 2D view drawn through the rendering module's CPU renderer: every output pixel shows the windowed
 * value of the image point the view geometry puts under it, under zoom, pan, turns, flips and HiDPI.
 */
class ViewRenderingTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final int W = 40;
    private static final int H = 30;
    private static final Calibration SPACING = new Calibration(0.5, 0.25, Calibration.Kind.CALIBRATED);
    private static final WindowLevel WINDOW = new WindowLevel(500, 1000);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    // Stored value of pixel (i, j): 13 * i + 29 * j, rescaled by slope 2, intercept -100.

    static SliceVolume slice(String photometric) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(W * H * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int j = 0; j < H; j++) {
            for (int i = 0; i < W; i++) {
                bytes.putShort((short) (13 * i + 29 * j));
            }
        }
        DataSet ds = new DataSet().setInt(Tag.BitsStored, VR.US, 12).setDouble(Tag.RescaleSlope, VR.DS, 2)
                .setDouble(Tag.RescaleIntercept, VR.DS, -100).setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        StoredFrame frame = new StoredFrame(0, H, W, 1, 2, false, false, photometric, bytes.array());
        return SliceVolume.of(ds, frame, SPACING).orElseThrow();
    }

    /**
     * Every output pixel whose sample point lies between image pixel centres must show the windowed
     * value there; the image is a linear ramp, so trilinear interpolation reproduces it exactly.
     */
    private static void assertPixelCentresMatch(SliceVolume slice, ViewGeometry g, double outputScale, boolean invert) {
        RenderedImage out = new CpuRenderer(POOL).render(ViewRendering.request(slice, g, outputScale, WINDOW, invert));
        int checked = 0;
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                ImagePoint p = g.toImage((x + 0.5) / outputScale, (y + 0.5) / outputScale);
                double u = p.x() - 0.5;
                double v = p.y() - 0.5;
                if (u >= 0 && v >= 0 && u <= W - 1 && v <= H - 1) {
                    int expected = WINDOW.grey(2 * (13 * u + 29 * v) - 100, invert != slice.inverse());
                    assertThat(out.grey(x, y)).as("output %d,%d (image %.2f,%.2f)", x, y, u, v).isCloseTo(expected,
                            org.assertj.core.data.Offset.offset(1));
                    checked++;
                } else if (u < -1 || v < -1 || u > W || v > H) {
                    assertThat(out.grey(x, y)).as("outside the image at output %d,%d", x, y).isZero();
                }
            }
        }
        assertThat(checked).as("pixels checked").isGreaterThan(1000);
    }

    @Test
    void everyOutputPixelShowsTheImageUnderItUnderEveryOrientation() throws Exception {
        SliceVolume slice = slice("MONOCHROME2");
        DisplayOrientation o = DisplayOrientation.IDENTITY;
        for (int turn = 0; turn < 8; turn++) {
            o = turn == 4 ? o.flippedVertically() : o.rotatedClockwise();
            // Column spacing is the finer axis: one image column = 2 screen px, one row = 4 screen px.
            ViewGeometry g = new ViewGeometry(W, H, SPACING, 200, 160, new ViewState(2, 4, -2, o));
            assertPixelCentresMatch(slice, g, 1, turn % 2 == 0);
        }
    }

    @Test
    void hiDpiOutputAndMonochrome1() throws Exception {
        SliceVolume slice = slice("MONOCHROME1");
        assertThat(slice.inverse()).isTrue();
        ViewGeometry g = new ViewGeometry(W, H, SPACING, 100, 130, new ViewState(1, 0, 0, DisplayOrientation.IDENTITY));
        assertPixelCentresMatch(slice, g, 2, false);
        assertThat(ViewRendering.deviceWidth(g, 2)).isEqualTo(200);
        assertThat(ViewRendering.deviceHeight(g, 2)).isEqualTo(260);
    }

    @Test
    void colourAndLutTableImagesAreNotForTheRenderer() throws Exception {
        DataSet ds = new DataSet();
        StoredFrame rgb = new StoredFrame(0, 2, 2, 3, 1, false, false, "RGB", new byte[12]);
        assertThat(SliceVolume.of(ds, rgb, Calibration.NONE)).isEmpty();
    }
}
