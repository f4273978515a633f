package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.volume.Volume;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.mpr.MprLayout;
import org.lumen.viewer.mpr.MprPlane;
import org.lumen.viewer.mpr.MprState;
import org.lumen.viewer.mpr.MprViewport;

/**
 * Oblique MPR: dragging the coronal line's handle in the axial view turns the coronal and sagittal
 * planes about the head-foot axis through the crosshair centre, and each oblique view equals, within
 * one grey level, the CPU reference renderer's reslice of the plane expected from the rotation alone
 * (built here from the patient axes, not from the MPR model); then a second, double-oblique turn.
 * On a mismatch the images go to target/mpr-oblique/.
 */
@UiTest
class MprObliqueUiTest extends MprUiBase {
    private static final Vec3 FEET = Vec3.HEAD.negated();

    @Test
    void draggingAHandleGivesObliquePlanesThatEqualTheCpuReferenceReslice() throws Exception {
        Path series = dir.resolve("phantom");
        MprPhantom.write(series);
        open(series);
        waitFor(() -> texts(active()).stream().anyMatch(t -> t.startsWith("Im ")));
        pressMprKey();
        setState(state().movedTo(MprPhantom.SPHERE));

        MprViewport axial = viewport(MprPlane.AXIAL);
        double[] c = axial.toScreen(MprPhantom.SPHERE);
        double h = axial.handleDistance();
        // The coronal line runs left to right in the axial view: its right handle, turned 30 degrees clockwise.
        Point2D from = onFx(() -> mpr().viewArea(MprPlane.AXIAL).localToScreen(c[0] + h, c[1]));
        Point2D to = onFx(() -> mpr().viewArea(MprPlane.AXIAL).localToScreen(c[0] + h * Math.cos(Math.toRadians(30)),
                c[1] + h * Math.sin(Math.toRadians(30))));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        waitForViews();

        MprState s = state();
        assertThat(s.centre().closeTo(MprPhantom.SPHERE, 1e-9)).as("centre stays").isTrue();
        assertThat(s.normal(MprPlane.AXIAL).closeTo(Vec3.HEAD, 1e-9)).as("axial stays").isTrue();
        double theta = Math.toRadians(s.obliquityDegrees(MprPlane.CORONAL));
        assertThat(Math.toDegrees(theta)).isCloseTo(30, within(3.0));
        assertThat(s.normal(MprPlane.CORONAL).x()).as("turned clockwise: posterior towards the patient's right").isNegative();
        Vec3 coronalRight = new Vec3(Math.cos(theta), Math.sin(theta), 0);
        Vec3 sagittalRight = new Vec3(-Math.sin(theta), Math.cos(theta), 0);
        assertEqualsReference(MprPlane.CORONAL, coronalRight, FEET);
        assertEqualsReference(MprPlane.SAGITTAL, sagittalRight, FEET);
        assertThat(markers(MprPlane.CORONAL)).containsExactly("RA", "LP", "H", "F");
        assertThat(greyAt(MprPlane.CORONAL, MprPhantom.SPHERE)).isCloseTo(grey(MprPhantom.SPHERE_HU), within(1));

        // Double oblique: turning 15 degrees in the coronal view tilts the axial plane about the coronal normal.
        Vec3 coronalNormal = s.normal(MprPlane.CORONAL);
        double phi = Math.toRadians(15);
        setState(s.rotated(MprPlane.CORONAL, phi));
        assertEqualsReference(MprPlane.AXIAL, Vec3.LEFT.rotatedAbout(coronalNormal, phi), Vec3.POSTERIOR.rotatedAbout(coronalNormal, phi));
        assertEqualsReference(MprPlane.SAGITTAL, sagittalRight.rotatedAbout(coronalNormal, phi), FEET.rotatedAbout(coronalNormal, phi));
        MprState twice = state();
        for (MprPlane a : MprPlane.values()) {
            for (MprPlane b : MprPlane.values()) {
                if (a != b) {
                    assertThat(twice.normal(a).dot(twice.normal(b))).isCloseTo(0, within(1e-12));
                }
            }
        }
    }

    /** The view shows the plane through the centre with these directions, and its image equals the CPU reference's. */
    private void assertEqualsReference(MprPlane p, Vec3 right, Vec3 down) throws Exception {
        MprLayout.Drawn drawn = onFx(() -> mpr().drawn(p).orElseThrow());
        SlicePlane shown = drawn.viewport().plane();
        assertThat(shown.rowDirection().closeTo(right, 1e-9)).as("%s right %s, expected %s", p, shown.rowDirection(), right).isTrue();
        assertThat(shown.columnDirection().closeTo(down, 1e-9)).as("%s down %s, expected %s", p, shown.columnDirection(), down).isTrue();
        assertThat(shown.center().minus(MprPhantom.SPHERE).dot(right.cross(down))).as("%s through the centre", p).isCloseTo(0, within(1e-9));
        Volume volume = onFx(() -> mpr().shown().orElseThrow().volume());
        SlicePlane plane = new SlicePlane(shown.center(), right, down, shown.pixelWidthMm(), shown.pixelHeightMm());
        RenderedImage expected;
        try (CpuRenderer reference = new CpuRenderer()) {
            expected = reference.render(ViewRequest.slice(volume, plane, drawn.image().width(), drawn.image().height(), PHANTOM_WINDOW));
        }
        RenderedImage actual = drawn.image();
        int worst = 0;
        int sphere = 0;
        for (int y = 0; y < actual.height(); y++) {
            for (int x = 0; x < actual.width(); x++) {
                worst = Math.max(worst, Math.abs(actual.grey(x, y) - expected.grey(x, y)));
                sphere += expected.grey(x, y) == grey(MprPhantom.SPHERE_HU) ? 1 : 0;
            }
        }
        if (worst > 1) {
            writeImages(p, actual, expected);
        }
        assertThat(worst).as("%s: largest grey difference from the CPU reference reslice", p).isLessThanOrEqualTo(1);
        assertThat(sphere).as("%s shows the sphere", p).isGreaterThan(100);
    }

    private static void writeImages(MprPlane p, RenderedImage actual, RenderedImage expected) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "mpr-oblique"));
        for (var e : java.util.Map.of("actual", actual, "expected", expected).entrySet()) {
            BufferedImage out = new BufferedImage(actual.width(), actual.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < actual.height(); y++) {
                for (int x = 0; x < actual.width(); x++) {
                    out.setRGB(x, y, e.getValue().rgb(x, y));
                }
            }
            ImageIO.write(out, "png", folder.resolve(p.name().toLowerCase(java.util.Locale.ROOT) + "-" + e.getKey() + ".png").toFile());
        }
    }
}
