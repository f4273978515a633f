package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.SlabMode;
import org.lumen.testkit.UiTest;
import org.lumen.viewer.demo.DemoStudy;
import org.lumen.viewer.mpr.MprPlane;
import org.lumen.viewer.mpr.Slab;

/**
 * The MPR layout for the documentation (target/ui-screenshots/mpr.png): the real T1 MR of
 * /work/shared/data/studyforrest-t1 when it is there (-Dlumen.mprScreenshotSeries names another
 * folder), else the DEMO study's axial series; the crosshairs turned 20 degrees in the axial view,
 * the sagittal view a 12 mm MIP.
 */
@UiTest
class MprScreenshotUiTest extends MprUiBase {
    @Test
    void mprOfARealOrDemoSeries() throws Exception {
        Path mr = Path.of(System.getProperty("lumen.mprScreenshotSeries", "/work/shared/data/studyforrest-t1"));
        Path series;
        if (Files.isDirectory(mr)) {
            series = mr;
        } else {
            Path demo = DemoStudy.ensure(dir.resolve("demo"));
            series = Files.createDirectories(dir.resolve("axial"));
            try (var files = Files.list(demo)) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("AX")).toList()) {
                    Files.copy(f, series.resolve(f.getFileName()));
                }
            }
        }
        onFx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
            return null;
        });
        open(series);
        waitFor(() -> texts(active()).stream().anyMatch(t -> t.startsWith("Im ")));
        pressMprKey();
        setState(state().rotated(MprPlane.AXIAL, Math.toRadians(20)).withSlab(MprPlane.SAGITTAL, new Slab(SlabMode.MIP, 12)));
        assertThat(markers(MprPlane.AXIAL)).doesNotContain("");
        saveScreenshot("mpr");
    }
}
