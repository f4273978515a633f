package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.viewer.mpr.MprLayout;
import org.lumen.viewer.mpr.MprPlane;
import org.lumen.viewer.mpr.MprState;
import org.lumen.viewer.mpr.MprViewport;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers of the MPR UI tests: opening the layout with its key, waiting for the views, reading their pixels. */
abstract class MprUiBase extends WorkstationUiBase {
    static final WindowLevel PHANTOM_WINDOW = new WindowLevel(0, 2400);

    MprLayout mpr() {
        return onFx(() -> workspace().mpr());
    }

    /** Ctrl+M on the active viewport, then waits until the three views show the volume. */
    void pressMprKey() throws Exception {
        onFx(() -> {
            active().node().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        waitForViews();
    }

    /** Waits until each view shows the image of what it asks for now. */
    void waitForViews() throws Exception {
        try {
            waitFor(() -> onFx(() -> {
                for (MprPlane p : MprPlane.values()) {
                    var request = mpr().request(p);
                    var drawn = mpr().drawn(p);
                    if (request.isEmpty() || drawn.isEmpty() || !drawn.get().request().equals(request.get())) {
                        return false;
                    }
                }
                return true;
            }));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; MPR " + onFx(this::viewsState), e);
        }
    }

    /** For a failure's message: whether the layout shows, and per view whether it asks for and has drawn an image. */
    private String viewsState() {
        StringBuilder state = new StringBuilder(mpr().showing() ? "shown:" : "not shown:");
        for (MprPlane p : MprPlane.values()) {
            var request = mpr().request(p);
            var drawn = mpr().drawn(p);
            state.append(' ').append(p).append(request.isEmpty() ? " asks nothing" : " asks")
                    .append(drawn.isEmpty() ? ", nothing drawn" : drawn.get().request().equals(request.orElse(null))
                            ? ", drawn" : ", drawn another request");
        }
        return state.toString();
    }

    void setState(MprState state) throws Exception {
        onFx(() -> {
            mpr().setState(state);
            return null;
        });
        waitForViews();
    }

    MprState state() {
        return onFx(() -> mpr().state().orElseThrow());
    }

    MprViewport viewport(MprPlane p) {
        return onFx(() -> mpr().viewport(p).orElseThrow());
    }

    /** The grey the renderer drew in a view at the screen point of a patient point. */
    int greyAt(MprPlane p, Vec3 patient) {
        MprLayout.Drawn drawn = onFx(() -> mpr().drawn(p).orElseThrow());
        double[] s = drawn.viewport().toScreen(patient);
        RenderedImage image = drawn.image();
        int x = (int) Math.floor(s[0] * drawn.viewport().outputScale());
        int y = (int) Math.floor(s[1] * drawn.viewport().outputScale());
        assertThat(x).as("%s x of %s", p, patient).isBetween(0, image.width() - 1);
        assertThat(y).as("%s y of %s", p, patient).isBetween(0, image.height() - 1);
        return image.grey(x, y);
    }

    /** Where a patient point (on a view's plane) lies on the screen. */
    Point2D screenPoint(MprPlane p, Vec3 patient) {
        return onFx(() -> {
            double[] s = mpr().viewport(p).orElseThrow().toScreen(patient);
            return mpr().viewArea(p).localToScreen(s[0], s[1]);
        });
    }

    List<String> markers(MprPlane p) {
        return onFx(() -> {
            Node area = mpr().viewArea(p);
            return List.of(Pos.CENTER_LEFT, Pos.CENTER_RIGHT, Pos.TOP_CENTER, Pos.BOTTOM_CENTER).stream()
                    .map(pos -> area.lookupAll(".orientation-marker").stream().filter(n -> StackPane.getAlignment(n) == pos)
                            .map(n -> ((Text) n).getText()).findFirst().orElseThrow())
                    .toList();
        });
    }

    static int grey(int hu) {
        return PHANTOM_WINDOW.grey(hu, false);
    }
}
