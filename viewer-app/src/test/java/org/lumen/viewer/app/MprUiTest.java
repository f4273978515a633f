package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.mpr.MprPlane;
import org.lumen.viewer.mpr.MprViewport;
import org.lumen.viewer.mpr.Slab;
import org.lumen.viewer.tools.ViewerAction;

/**
 * The MPR layout on a synthetic CT phantom ({@link MprPhantom}) with the CPU renderer: the three
 * planes show the expected cross-sections of known spheres and rods, clicking moves the crosshair
 * centre and with it the other planes, keys scroll, slabs project, the window is shared.
 */
@UiTest
class MprUiTest extends MprUiBase {
    @Test
    void planesShowThePhantomsCrossSectionsAndFollowTheCrosshair() throws Exception {
        Path series = dir.resolve("phantom");
        MprPhantom.write(series);
        open(series);
        waitFor(() -> texts(active()).stream().anyMatch(t -> t.startsWith("Im ")));
        assertThat(onFx(() -> workspace().help().content().lookupAll(".help-description").stream()
                .map(n -> ((Label) n).getText()).toList())).contains(ViewerAction.MPR.description());
        pressMprKey();
        assertThat(onFx(() -> mpr().showing())).isTrue();
        assertThat(state().centre().closeTo(Vec3.ZERO, 1e-9)).isTrue();
        assertThat(markers(MprPlane.AXIAL)).containsExactly("R", "L", "A", "P");
        assertThat(markers(MprPlane.CORONAL)).containsExactly("R", "L", "H", "F");
        assertThat(markers(MprPlane.SAGITTAL)).containsExactly("A", "P", "H", "F");

        // Every view through the sphere's centre shows it there, and water 15 mm to the side.
        setState(state().movedTo(MprPhantom.SPHERE));
        for (MprPlane p : MprPlane.values()) {
            assertThat(greyAt(p, MprPhantom.SPHERE)).as("%s at the sphere", p).isCloseTo(grey(MprPhantom.SPHERE_HU), within(1));
            Vec3 beside = MprPhantom.SPHERE.plusScaled(state().right(p), 15);
            assertThat(greyAt(p, beside)).as("%s beside the sphere", p).isCloseTo(grey(0), within(1));
            assertThat(greyAt(screenPoint(p, MprPhantom.SPHERE))).as("%s on screen", p).isCloseTo(grey(MprPhantom.SPHERE_HU), within(1));
        }
        // The patient's right (the rod, x = -25) is on the axial view's left of the sphere (x = 20); the head at the top of the coronal.
        assertThat(screenPoint(MprPlane.AXIAL, new Vec3(MprPhantom.ROD_X, MprPhantom.ROD_Y, 10)).getX())
                .isLessThan(screenPoint(MprPlane.AXIAL, MprPhantom.SPHERE).getX());
        assertThat(screenPoint(MprPlane.CORONAL, MprPhantom.SPHERE.plus(new Vec3(0, 0, 8))).getY())
                .isLessThan(screenPoint(MprPlane.CORONAL, MprPhantom.SPHERE).getY());

        // A click on the rod in the axial view moves the centre there: coronal and sagittal now cut the rod along its length.
        robot.clickOn(screenPoint(MprPlane.AXIAL, new Vec3(MprPhantom.ROD_X, MprPhantom.ROD_Y, 10)));
        waitForViews();
        Vec3 centre = state().centre();
        assertThat(centre.x()).isCloseTo(MprPhantom.ROD_X, within(1.0));
        assertThat(centre.y()).isCloseTo(MprPhantom.ROD_Y, within(1.0));
        assertThat(centre.z()).isCloseTo(10, within(1e-6));
        for (double z : new double[] {-50, -10, 30, 55}) {
            Vec3 onRod = new Vec3(MprPhantom.ROD_X, MprPhantom.ROD_Y, z);
            assertThat(greyAt(MprPlane.CORONAL, onRod)).as("coronal rod at z %s", z).isCloseTo(grey(MprPhantom.ROD_HU), within(1));
            assertThat(greyAt(MprPlane.SAGITTAL, onRod)).as("sagittal rod at z %s", z).isCloseTo(grey(MprPhantom.ROD_HU), within(1));
        }

        // Dragging the axial line in the coronal view (away from the centre and the handles) moves the axial plane only.
        MprViewport coronal = viewport(MprPlane.CORONAL);
        double[] c = coronal.toScreen(centre);
        Point2D grab = onFx(() -> mpr().viewArea(MprPlane.CORONAL).localToScreen(c[0] + coronal.handleDistance() / 2, c[1]));
        robot.drag(grab, MouseButton.PRIMARY).moveBy(0, 20).drop();
        waitForViews();
        double down = 20 * coronal.mmPerScreenPixel();
        assertThat(state().centre().z()).isCloseTo(10 - down, within(1e-6));
        assertThat(state().centre().x()).isCloseTo(centre.x(), within(1e-9));
        assertThat(state().centre().y()).isCloseTo(centre.y(), within(1e-9));
        setState(state().movedTo(centre));
        robot.clickOn(screenPoint(MprPlane.AXIAL, centre));

        // Keys scroll the active view (axial, clicked last) by one slice along its normal.
        robot.push(KeyCode.DOWN);
        // the key may reach the scene after the views were last drawn: wait for its effect, then the drawing
        waitFor(() -> Math.abs(state().centre().z() - (10 + MprPhantom.SLICE_MM)) < 1e-9);
        waitForViews();

        // Slabs: the axial plane above the sphere misses it thin, its 30 mm MIP finds it; a coronal MinIP finds the air tube.
        setState(state().movedTo(new Vec3(20, -20, 25)));
        Vec3 sphereColumn = new Vec3(MprPhantom.SPHERE.x(), MprPhantom.SPHERE.y(), 25);
        assertThat(greyAt(MprPlane.AXIAL, sphereColumn)).isCloseTo(grey(0), within(1));
        robot.push(KeyCode.T);
        waitFor(() -> state().slab(MprPlane.AXIAL).equals(new Slab(SlabMode.MIP, 10)));
        waitForViews();
        setState(state().withSlab(MprPlane.AXIAL, new Slab(SlabMode.MIP, 30)));
        assertThat(greyAt(MprPlane.AXIAL, sphereColumn)).isCloseTo(grey(MprPhantom.SPHERE_HU), within(1));
        Vec3 tube = new Vec3(0, -20, MprPhantom.TUBE_Z);
        assertThat(greyAt(MprPlane.CORONAL, tube)).isCloseTo(grey(0), within(1));
        assertThat(slabModes().get(0).getValue()).as("the axial slab control follows the key").isEqualTo(SlabMode.MIP);
        onFx(() -> {
            slabModes().get(1).setValue(SlabMode.MINIP);
            slabThicknesses().get(1).getValueFactory().setValue(30.0);
            return null;
        });
        waitForViews();
        assertThat(state().slab(MprPlane.CORONAL)).isEqualTo(new Slab(SlabMode.MINIP, 30));
        assertThat(greyAt(MprPlane.CORONAL, tube)).isCloseTo(grey(MprPhantom.TUBE_HU), within(1));

        // The window is shared: a preset key changes all three views.
        robot.push(KeyCode.DIGIT4);
        waitForViews();
        for (MprPlane p : MprPlane.values()) {
            assertThat(onFx(() -> mpr().request(p).orElseThrow().display())).isEqualTo(onFx(() -> mpr().request(MprPlane.AXIAL).orElseThrow().display()));
        }
        assertThat(onFx(() -> mpr().window().width())).isEqualTo(org.lumen.rendering.WindowPreset.values()[3].window().width());

        // Reset, then Ctrl+M again leaves the layout.
        robot.push(KeyCode.R);
        waitForViews();
        assertThat(state().centre().closeTo(Vec3.ZERO, 1e-9)).isTrue();
        assertThat(state().slab(MprPlane.AXIAL)).isEqualTo(Slab.THIN);
        robot.push(KeyCode.CONTROL, KeyCode.M);
        waitFor(() -> onFx(() -> !mpr().showing()));
    }

    @Test
    void aSeriesWithMissingSlicesOpensWithAWarning() throws Exception {
        Path series = dir.resolve("gap");
        MprPhantom.write(series);
        for (int k = 30; k < 34; k++) {
            java.nio.file.Files.delete(series.resolve(String.format("mpr%03d.dcm", k)));
        }
        open(series);
        waitFor(() -> texts(active()).stream().anyMatch(t -> t.startsWith("Im ")));
        pressMprKey();
        String findings = onFx(() -> ((Label) mpr().node().lookup(".mpr-findings")).getText());
        assertThat(findings).startsWith("\u26A0").containsIgnoringCase("missing");
        assertThat(status()).contains("\u26A0");
        // Where slices are missing the coronal view shows the padding (the smallest stored value, -1024 HU), never
        // values interpolated across the gap.
        setState(state().movedTo(new Vec3(0, 0, 0)));
        double gapZ = MprPhantom.z(MprPhantom.SLICES - 1 - 31);
        assertThat(greyAt(MprPlane.CORONAL, new Vec3(0, 0, gapZ))).isEqualTo(grey(-1024));
        assertThat(greyAt(MprPlane.CORONAL, new Vec3(0, 0, gapZ + 15))).isCloseTo(grey(0), within(1));
    }

    @Test
    void ctrlWheelZoomsAboutThePointerAndAMiddleDragPans() throws Exception {
        Path series = dir.resolve("phantom");
        MprPhantom.write(series);
        open(series);
        waitFor(() -> texts(active()).stream().anyMatch(t -> t.startsWith("Im ")));
        pressMprKey();
        MprViewport before = viewport(MprPlane.CORONAL);
        double axialMm = viewport(MprPlane.AXIAL).mmPerScreenPixel();
        Vec3 target = new Vec3(MprPhantom.ROD_X, 0, 30);
        Point2D pointer = screenPoint(MprPlane.CORONAL, target);
        robot.moveTo(pointer).press(KeyCode.CONTROL).scroll(1, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        waitForViews();
        MprViewport zoomed = viewport(MprPlane.CORONAL);
        assertThat(zoomed.mmPerScreenPixel()).isCloseTo(before.mmPerScreenPixel() / 1.1, within(1e-9));
        Point2D after = screenPoint(MprPlane.CORONAL, target);
        assertThat(after.getX()).isCloseTo(pointer.getX(), within(1.0));
        assertThat(after.getY()).isCloseTo(pointer.getY(), within(1.0));
        assertThat(viewport(MprPlane.AXIAL).mmPerScreenPixel()).as("zoom is per view").isEqualTo(axialMm);
        robot.drag(pointer, MouseButton.MIDDLE).moveBy(30, 10).drop();
        waitForViews();
        Point2D panned = screenPoint(MprPlane.CORONAL, target);
        assertThat(panned.getX() - after.getX()).isCloseTo(30, within(1.0));
        assertThat(panned.getY() - after.getY()).isCloseTo(10, within(1.0));
        assertThat(state().centre().closeTo(Vec3.ZERO, 1e-9)).as("zoom and pan leave the planes").isTrue();
    }

    /** The slab mode controls, axial, coronal, sagittal. */
    @SuppressWarnings("unchecked")
    private List<ChoiceBox<SlabMode>> slabModes() {
        return onFx(() -> mpr().node().lookupAll(".mpr-slab-mode").stream().map(n -> (ChoiceBox<SlabMode>) n).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Spinner<Double>> slabThicknesses() {
        return onFx(() -> mpr().node().lookupAll(".mpr-slab-thickness").stream().map(n -> (Spinner<Double>) n).toList());
    }
}
