package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;

class ViewGeometryTest {
    private static final Calibration SQUARE = new Calibration(0.5, 0.5, Calibration.Kind.CALIBRATED);

    private static ViewGeometry geometry(ViewState state) {
        return new ViewGeometry(200, 100, SQUARE, 800, 600, state);
    }

    @Test
    void fittedImageIsCentredAndFillsTheLimitingSide() {
        ViewGeometry g = geometry(ViewState.INITIAL);
        assertThat(g.scale()).isEqualTo(4);
        assertThat(g.toScreen(new ImagePoint(0, 0))).containsExactly(0, 100);
        assertThat(g.toScreen(new ImagePoint(200, 100))).containsExactly(800, 500);
        assertThat(g.mmPerScreenPixel()).isEqualTo(0.125);
    }

    @Test
    void aQuarterTurnFitsTheSwappedSides() {
        ViewGeometry g = geometry(ViewState.INITIAL.withOrientation(DisplayOrientation.IDENTITY.rotatedClockwise()));
        assertThat(g.scale()).isEqualTo(3);
        // The image's top-left corner goes to the top-right.
        assertThat(g.toScreen(new ImagePoint(0, 0))).containsExactly(550, 0);
    }

    @Test
    void screenToImageInvertsImageToScreenUnderEveryOrientation() {
        DisplayOrientation o = DisplayOrientation.IDENTITY;
        for (int i = 0; i < 8; i++) {
            o = i == 4 ? o.flippedHorizontally() : o.rotatedClockwise();
            ViewGeometry g = new ViewGeometry(200, 100, new Calibration(0.7, 0.35, Calibration.Kind.CALIBRATED), 640, 480,
                    new ViewState(2.5, 13, -7, o));
            ImagePoint p = new ImagePoint(37.25, 81.5);
            double[] s = g.toScreen(p);
            ImagePoint back = g.toImage(s[0], s[1]);
            assertThat(back.x()).isCloseTo(p.x(), within(1e-9));
            assertThat(back.y()).isCloseTo(p.y(), within(1e-9));
        }
    }

    @Test
    void anisotropicPixelsAreShownAtTheirPhysicalAspect() {
        // Rows 1 mm apart, columns 0.5 mm apart: one pixel is twice as tall as wide.
        ViewGeometry g = new ViewGeometry(100, 100, new Calibration(1, 0.5, Calibration.Kind.CALIBRATED), 1000, 1000,
                ViewState.INITIAL.withScale(2));
        double[] a = g.toScreen(new ImagePoint(0, 0));
        double[] right = g.toScreen(new ImagePoint(1, 0));
        double[] down = g.toScreen(new ImagePoint(0, 1));
        assertThat(right[0] - a[0]).isEqualTo(2);
        assertThat(down[1] - a[1]).isEqualTo(4);
        assertThat(g.mmPerScreenPixel()).isEqualTo(0.25);
    }

    @Test
    void zoomAboutAPointKeepsThatPointStill() {
        ViewGeometry g = geometry(ViewState.INITIAL);
        ImagePoint under = g.toImage(123, 321);
        ViewState zoomed = g.zoomedAbout(2.5, 123, 321);
        ViewGeometry after = geometry(zoomed);
        assertThat(after.scale()).isEqualTo(10);
        assertThat(after.toScreen(under)[0]).isCloseTo(123, within(1e-9));
        assertThat(after.toScreen(under)[1]).isCloseTo(321, within(1e-9));
    }

    @Test
    void panMovesContentAndActualSizeFollowsTheOutputScale() {
        ViewGeometry g = geometry(ViewState.INITIAL.withScale(1).pannedBy(10, -5));
        assertThat(g.toScreen(new ImagePoint(100, 50))).containsExactly(410, 295);
        assertThat(ViewGeometry.actualSizeScale(2)).isEqualTo(0.5);
        assertThat(ViewGeometry.actualSizeScale(0)).isEqualTo(1);
    }
}
