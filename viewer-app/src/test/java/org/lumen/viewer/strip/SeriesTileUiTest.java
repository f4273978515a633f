package org.lumen.viewer.strip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lumen.testkit.UiTest;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The tile says when fewer instances arrived than the archive reports (QIDO Number of Series Related Instances). */
@UiTest
class SeriesTileUiTest {
    @BeforeEach
    void toolkit() throws Exception {
        if (Optional.ofNullable(System.getenv("DISPLAY")).orElse("").isBlank()) {
            if (Boolean.getBoolean("lumen.requireDisplay")) {
                throw new AssertionError("a display is required (-Dlumen.requireDisplay=true) but DISPLAY is not set");
            }
            Assumptions.abort("no display (DISPLAY unset): run under xvfb-run");
        }
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void fewerInstancesThanReportedGetAWarningAndTheCountsAllReceivedDoNot() throws Exception {
        List<String> incomplete = texts(30, 28);
        assertThat(incomplete.get(0)).isEqualTo("\u26A0 28 of 30 images");
        assertThat(incomplete.get(1)).isEqualTo("incomplete");
        List<String> complete = texts(30, 30);
        assertThat(complete.get(0)).isEqualTo("30 images");
        assertThat(complete.get(1)).isEqualTo("complete");
        assertThat(texts(-1, 12).get(0)).as("no archive count").isEqualTo("12 images");
    }

    /** The count label's text after a download of {@code received}, and whether the tile is marked incomplete. */
    private static List<String> texts(int reported, int received) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            SeriesTile tile = new SeriesTile(new SeriesSummary("1.2.3", 2, "CT", "Chest", reported), uid -> { });
            tile.downloaded(received);
            String count = tile.node().lookupAll(".series-count").stream().map(n -> ((Label) n).getText()).findFirst().orElseThrow();
            return List.of(count, tile.node().getStyleClass().contains("incomplete") ? "incomplete" : "complete");
        }).get(10, TimeUnit.SECONDS);
    }
}
