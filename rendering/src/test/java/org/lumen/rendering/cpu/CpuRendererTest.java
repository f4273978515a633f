package org.lumen.rendering.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.Interpolation;
import org.lumen.rendering.Phantoms;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;

class CpuRendererTest {
    private static final WindowLevel IDENTITY = new WindowLevel(128, 256);
    private final ForkJoinPool pool = new ForkJoinPool(2);
    private final CpuRenderer renderer = new CpuRenderer(pool);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void nativeAxialSliceIsTheStoredSliceThroughTheWindow() {
        PixelValues ct = new PixelValues(1, -1024, true);
        Volume v = Phantoms.axisAligned(37, 29, 5, 0.7, 0.6, 2.5, ct, Phantoms.noise(7, -1000, 3000, 37, 29));
        WindowLevel lung = new WindowLevel(-600, 1500);
        for (Interpolation interpolation : Interpolation.values()) {
            RenderedImage img = renderer.render(new ViewRequest(v, SlicePlane.nativeSlice(v.geometry(), 3), 37, 29,
                    interpolation, SlabMode.NONE, 0, lung, false));
            for (int y = 0; y < 29; y++) {
                for (int x = 0; x < 37; x++) {
                    assertThat(img.grey(x, y)).as("%s at %d,%d", interpolation, x, y).isEqualTo(lung.grey(v.stored(x, y, 3) - 1024.0, false));
                }
            }
        }
    }

    @Test
    void nativeCoronalAndSagittalReslicesOfAnisotropicVoxelsAreTheStoredVoxels() {
        Volume v = Phantoms.axisAligned(9, 7, 6, 0.5, 0.8, 2.0, PixelValues.UNSIGNED, (i, j, k) -> (i * 7 + j * 3 + k * 41) % 256);
        VolumeGeometry g = v.geometry();
        int j = 4;
        SlicePlane coronal = new SlicePlane(g.voxelCenter(4, j, 2.5), Vec3.LEFT, Vec3.HEAD.negated(), 0.5, 2.0);
        RenderedImage c = renderer.render(ViewRequest.slice(v, coronal, 9, 6, IDENTITY));
        int i = 2;
        SlicePlane sagittal = new SlicePlane(g.voxelCenter(i, 3, 2.5), Vec3.POSTERIOR, Vec3.HEAD.negated(), 0.8, 2.0);
        RenderedImage s = renderer.render(ViewRequest.slice(v, sagittal, 7, 6, IDENTITY).withInterpolation(Interpolation.NEAREST));
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 9; x++) {
                assertThat(c.grey(x, y)).as("coronal %d,%d", x, y).isEqualTo(v.stored(x, j, 5 - y));
            }
            for (int x = 0; x < 7; x++) {
                assertThat(s.grey(x, y)).as("sagittal %d,%d", x, y).isEqualTo(v.stored(i, x, 5 - y));
            }
        }
    }

    @Test
    void standardAxialOfACoordinatePhantomShowsThePatientsRightOnTheLeft() {
        Volume v = Phantoms.axisAligned(8, 8, 3, 1, 1, 1, PixelValues.UNSIGNED, Phantoms.coordinates());
        // x (voxel i) grows towards the patient's left, which the axial view puts on the screen's right
        RenderedImage img = renderer.render(ViewRequest.slice(v, SlicePlane.axial(v.geometry().voxelCenter(3.5, 3.5, 0), 1), 8, 8, IDENTITY));
        assertThat(img.grey(0, 0)).isEqualTo(0);
        assertThat(img.grey(7, 0)).isEqualTo(7);
        assertThat(img.grey(0, 7)).isEqualTo(16 * 7);
    }

    @Test
    void obliqueTrilinearPlaneThroughARampIsExact() {
        VolumeGeometry g = new VolumeGeometry(new Vec3(3, -4, 5), new Vec3(1, 0, 0), new Vec3(0, 0.8, -0.6), new Vec3(0, 0.6, 0.8),
                0.6, 0.9, 1.7, 20, 18, 16);
        Volume v = Phantoms.filled(g, PixelValues.SIGNED, Phantoms.ramp(5, -3, 7, 40));
        SlicePlane plane = new SlicePlane(g.center(), new Vec3(1, 1, 0.3), new Vec3(-1, 1, 0), 0.37, 0.41).rotated(0.3);
        WindowLevel w = new WindowLevel(60, 200);
        ViewRequest request = ViewRequest.slice(v, plane, 40, 33, w);
        RenderedImage img = renderer.render(request);
        int inside = 0;
        for (int y = 0; y < 33; y++) {
            for (int x = 0; x < 40; x++) {
                Vec3 voxel = g.patientToVoxel().transformPoint(plane.pixelCenter(40, 33, x, y));
                if (!innerRegion(voxel, g)) {
                    continue;
                }
                double exact = 5 * voxel.x() - 3 * voxel.y() + 7 * voxel.z() + 40;
                assertThat(Math.abs(img.grey(x, y) - w.apply(exact))).as("pixel %d,%d", x, y).isLessThanOrEqualTo(0.5 + 1e-9);
                inside++;
            }
        }
        assertThat(inside).isGreaterThan(400);
    }

    private static boolean innerRegion(Vec3 v, VolumeGeometry g) {
        return v.x() >= 0 && v.y() >= 0 && v.z() >= 0 && v.x() <= g.columns() - 1 && v.y() <= g.rows() - 1 && v.z() <= g.slices() - 1;
    }

    @Test
    void outsideTheVolumeIsBlackEvenWhenInverted() {
        Volume v = Phantoms.axisAligned(4, 4, 4, 1, 1, 1, PixelValues.UNSIGNED, (i, j, k) -> 100);
        ViewRequest r = ViewRequest.slice(v, SlicePlane.axial(v.geometry().voxelCenter(1.5, 1.5, 1), 1), 8, 8, IDENTITY).withInvert(true);
        RenderedImage img = renderer.render(r);
        assertThat(img.grey(0, 0)).isZero();
        assertThat(img.grey(3, 3)).isEqualTo(155);
        assertThat(img.grey(2, 2)).isEqualTo(155);
        assertThat(img.grey(1, 1)).isZero();
    }

    @Test
    void obliqueNearestThroughASphereIsWhiteInsideAndBlackOutside() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.5, 0.5, 1.5, 64, 64, 24);
        Volume v = Phantoms.sphere(g, PixelValues.UNSIGNED, 10, 1000, 0);
        SlicePlane plane = new SlicePlane(g.center(), new Vec3(1, 0, 1), new Vec3(0, 1, 0), 0.3, 0.3);
        RenderedImage img = renderer.render(ViewRequest.slice(v, plane, 96, 96, new WindowLevel(500, 1000)).withInterpolation(Interpolation.NEAREST));
        double slack = Math.sqrt(0.25 * 0.25 * 2 + 0.75 * 0.75);
        int white = 0;
        int black = 0;
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                double r = plane.pixelCenter(96, 96, x, y).minus(g.center()).length();
                if (r < 10 - slack) {
                    assertThat(img.grey(x, y)).isEqualTo(255);
                    white++;
                } else if (r > 10 + slack && r < 11.5) {
                    assertThat(img.grey(x, y)).isZero();
                    black++;
                }
            }
        }
        assertThat(white).isGreaterThan(2000);
        assertThat(black).isGreaterThan(100);
    }

    @Test
    void slabsThroughARampGiveTheFacesAndTheMiddle() {
        // value 10 k: along +z; axial slab of 4 mm centred on slice 5 (z spacing 1 mm) spans slices 3..7
        Volume v = Phantoms.axisAligned(6, 6, 11, 0.5, 0.5, 1, PixelValues.UNSIGNED, Phantoms.ramp(0, 0, 10, 0));
        SlicePlane plane = SlicePlane.axial(v.geometry().voxelCenter(2.5, 2.5, 5), 0.5);
        ViewRequest r = ViewRequest.slice(v, plane, 6, 6, IDENTITY);
        assertThat(renderer.render(r.withSlab(SlabMode.MIP, 4)).grey(2, 2)).isEqualTo(70);
        assertThat(renderer.render(r.withSlab(SlabMode.MINIP, 4)).grey(2, 2)).isEqualTo(30);
        assertThat(renderer.render(r.withSlab(SlabMode.AVERAGE, 4)).grey(2, 2)).isEqualTo(50);
        assertThat(renderer.render(r.withSlab(SlabMode.NONE, 4)).grey(2, 2)).isEqualTo(50);
        // a slab reaching past the last slice only counts the samples inside: MIP 100, MinIP 70
        ViewRequest top = r.withPlane(plane.moved(4));
        assertThat(renderer.render(top.withSlab(SlabMode.MIP, 6)).grey(2, 2)).isEqualTo(100);
        assertThat(renderer.render(top.withSlab(SlabMode.MINIP, 6)).grey(2, 2)).isEqualTo(60);
    }

    @Test
    void mipOfNegativeSlopeTakesTheLargestModalityValue() {
        Volume v = Phantoms.axisAligned(4, 4, 5, 1, 1, 1, new PixelValues(-1, 200, false), Phantoms.ramp(0, 0, 20, 0));
        ViewRequest r = ViewRequest.slice(v, SlicePlane.axial(v.geometry().voxelCenter(1.5, 1.5, 2), 1), 4, 4, IDENTITY);
        assertThat(renderer.render(r.withSlab(SlabMode.MIP, 2)).grey(1, 1)).isEqualTo(200 - 20);
        assertThat(renderer.render(r.withSlab(SlabMode.MINIP, 2)).grey(1, 1)).isEqualTo(200 - 60);
    }

    @Test
    void zoomPanRotateAndFlipMoveThePixelsAsExpected() {
        Volume v = Phantoms.axisAligned(8, 8, 1, 1, 1, 1, PixelValues.UNSIGNED, Phantoms.coordinates());
        SlicePlane base = SlicePlane.nativeSlice(v.geometry(), 0);
        ViewRequest r = ViewRequest.slice(v, base, 8, 8, IDENTITY).withInterpolation(Interpolation.NEAREST);
        RenderedImage original = renderer.render(r);
        RenderedImage flipped = renderer.render(r.withPlane(base.flippedHorizontally()));
        RenderedImage turned = renderer.render(r.withPlane(base.rotated(Math.PI / 2)));
        RenderedImage panned = renderer.render(r.withPlane(base.panned(2, 1)));
        RenderedImage zoomed = renderer.render(r.withPlane(base.zoomed(2)));
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                assertThat(flipped.grey(x, y)).isEqualTo(original.grey(7 - x, y));
                assertThat(turned.grey(x, y)).isEqualTo(original.grey(y, 7 - x));
                if (x >= 2 && y >= 1) {
                    assertThat(panned.grey(x, y)).isEqualTo(original.grey(x - 2, y - 1));
                }
            }
        }
        // 2x zoom about the centre: output pixels 2..5 show voxels 2..5 blown up, sample at voxel 2.25, 2.75, ...
        assertThat(zoomed.grey(0, 0)).isEqualTo(original.grey(2, 2));
        assertThat(zoomed.grey(7, 7)).isEqualTo(original.grey(5, 5));
    }

    @Test
    void pendingSlicesRenderAsThePaddingValue() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1, 4, 4, 2);
        Volume v = Volume.allocate(g, PixelValues.SIGNED);
        v.setSlice(0, new short[] {50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50});
        ViewRequest r = ViewRequest.slice(v, SlicePlane.nativeSlice(g, 1), 4, 4, IDENTITY);
        assertThat(renderer.render(r).grey(1, 1)).isZero();
        assertThat(renderer.render(r.withPlane(SlicePlane.nativeSlice(g, 0))).grey(1, 1)).isEqualTo(50);
    }
}
