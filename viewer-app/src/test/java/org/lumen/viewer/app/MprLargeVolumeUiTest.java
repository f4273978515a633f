package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.mpr.MprLayout;
import org.lumen.viewer.mpr.MprPlane;
import org.lumen.viewer.mpr.MprViewport;

/**
 * A 256 x 256 x 1200 volume (16-bit, 150 MiB; 0.8 mm pixels, 0.5 mm slices, 600 mm long) in the MPR
 * layout: the views open at full resolution (one output pixel per device pixel, no downsampling),
 * and the coronal and sagittal views show a rod along the whole length and a sphere near the last
 * slice where they are.
 */
@UiTest
class MprLargeVolumeUiTest extends MprUiBase {
    private static final int SIZE = 256;
    private static final int SLICES = 1200;
    private static final double PIXEL_MM = 0.8;
    private static final double SLICE_MM = 0.5;
    private static final double ROD_X = 30;
    private static final double ROD_Y = -20;
    private static final Vec3 SPHERE = new Vec3(-40, 25, 260);

    @Test
    void aTwelveHundredSliceVolumeShowsItsCrossSectionsAtFullResolution() throws Exception {
        Volume volume = phantom();
        onFx(() -> {
            mpr().show(new MprLayout.Shown(volume, "1200 slices", PHANTOM_WINDOW, false, 3000));
            return null;
        });
        waitForViews();
        for (MprPlane p : MprPlane.values()) {
            MprViewport v = viewport(p);
            double[] area = onFx(() -> new double[] {mpr().viewArea(p).getLayoutBounds().getWidth(), mpr().viewArea(p).getLayoutBounds().getHeight()});
            assertThat(v.width()).as("%s device width", p).isEqualTo((int) Math.ceil(area[0] * v.outputScale()));
            assertThat(v.height()).as("%s device height", p).isEqualTo((int) Math.ceil(area[1] * v.outputScale()));
            assertThat(onFx(() -> mpr().drawn(p).orElseThrow().image().width())).isEqualTo(v.width());
        }
        // The whole 600 mm fits the coronal view: the rod is seen near both ends once the planes cut it.
        setState(state().movedTo(new Vec3(ROD_X, ROD_Y, 0)));
        for (double z : new double[] {-290, -150, 0, 150, 290}) {
            Vec3 onRod = new Vec3(ROD_X, ROD_Y, z);
            assertThat(greyAt(MprPlane.CORONAL, onRod)).as("coronal rod at z %s", z).isCloseTo(grey(500), within(1));
            assertThat(greyAt(MprPlane.SAGITTAL, onRod)).as("sagittal rod at z %s", z).isCloseTo(grey(500), within(1));
            assertThat(greyAt(MprPlane.CORONAL, onRod.plus(new Vec3(15, 0, 0)))).isCloseTo(grey(0), within(1));
        }
        assertThat(greyAt(MprPlane.AXIAL, new Vec3(ROD_X, ROD_Y, 0))).isCloseTo(grey(500), within(1));
        // The sphere near slice 1120, 520 mm from the first slice.
        setState(state().movedTo(SPHERE));
        for (MprPlane p : MprPlane.values()) {
            assertThat(greyAt(p, SPHERE)).as("%s at the sphere", p).isCloseTo(grey(1000), within(1));
            assertThat(greyAt(p, SPHERE.plusScaled(state().right(p), 20))).as("%s beside the sphere", p).isCloseTo(grey(0), within(1));
        }
    }

    /** Water, a 500 HU rod of radius 6 mm head to foot, a 1000 HU sphere of radius 12 mm; stored = HU + 1024. */
    private static Volume phantom() {
        double origin = -(SIZE - 1) * PIXEL_MM / 2;
        double z0 = -(SLICES - 1) * SLICE_MM / 2;
        VolumeGeometry g = new VolumeGeometry(new Vec3(origin, origin, z0), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD,
                PIXEL_MM, PIXEL_MM, SLICE_MM, SIZE, SIZE, SLICES);
        Volume volume = Volume.allocate(g, new PixelValues(1, -1024, false));
        for (int k = 0; k < SLICES; k++) {
            double z = z0 + k * SLICE_MM;
            short[] slice = new short[SIZE * SIZE];
            for (int j = 0; j < SIZE; j++) {
                double y = origin + j * PIXEL_MM;
                for (int i = 0; i < SIZE; i++) {
                    double x = origin + i * PIXEL_MM;
                    int hu = Math.hypot(x - ROD_X, y - ROD_Y) <= 6 ? 500
                            : new Vec3(x, y, z).minus(SPHERE).length() <= 12 ? 1000 : 0;
                    slice[j * SIZE + i] = (short) (hu + 1024);
                }
            }
            volume.setSlice(k, slice);
        }
        return volume;
    }
}
