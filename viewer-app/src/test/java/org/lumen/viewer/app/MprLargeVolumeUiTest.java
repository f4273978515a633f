package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.volume.Volume;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.mpr.LongVolumePhantom;
import org.lumen.viewer.mpr.MprLayout;
import org.lumen.viewer.mpr.MprPlane;
import org.lumen.viewer.mpr.MprViewport;

/**
 * A 256 x 256 x 1200 volume ({@link LongVolumePhantom}: 16-bit, 150 MiB, 600 mm long) in the MPR layout: the views open at full resolution (one output pixel per device pixel, no downsampling),
 * and the coronal and sagittal views show a rod along the whole length and a sphere near the last
 * slice where they are.
 */
@UiTest
class MprLargeVolumeUiTest extends MprUiBase {
    private static final double ROD_X = LongVolumePhantom.ROD_X;
    private static final double ROD_Y = LongVolumePhantom.ROD_Y;
    private static final Vec3 SPHERE = LongVolumePhantom.SPHERE;

    @Test
    void aTwelveHundredSliceVolumeShowsItsCrossSectionsAtFullResolution() throws Exception {
        Volume volume = LongVolumePhantom.build();
        onFx(() -> {
            mpr().show(new MprLayout.Shown(volume, "1200 slices", PHANTOM_WINDOW, false, 3000, java.util.List.of()));
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
            assertThat(greyAt(MprPlane.CORONAL, onRod)).as("coronal rod at z %s", z).isCloseTo(grey(LongVolumePhantom.ROD_HU), within(1));
            assertThat(greyAt(MprPlane.SAGITTAL, onRod)).as("sagittal rod at z %s", z).isCloseTo(grey(LongVolumePhantom.ROD_HU), within(1));
            assertThat(greyAt(MprPlane.CORONAL, onRod.plus(new Vec3(15, 0, 0)))).isCloseTo(grey(0), within(1));
        }
        assertThat(greyAt(MprPlane.AXIAL, new Vec3(ROD_X, ROD_Y, 0))).isCloseTo(grey(LongVolumePhantom.ROD_HU), within(1));
        // The sphere near slice 1120, 520 mm from the first slice.
        setState(state().movedTo(SPHERE));
        for (MprPlane p : MprPlane.values()) {
            assertThat(greyAt(p, SPHERE)).as("%s at the sphere", p).isCloseTo(grey(LongVolumePhantom.SPHERE_HU), within(1));
            assertThat(greyAt(p, SPHERE.plusScaled(state().right(p), 20))).as("%s beside the sphere", p).isCloseTo(grey(0), within(1));
        }
    }
}
