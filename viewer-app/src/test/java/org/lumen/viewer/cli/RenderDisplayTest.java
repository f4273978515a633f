package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.viewer.cli.DisplayObjects.COLUMNS;
import static org.lumen.viewer.cli.DisplayObjects.ROWS;
import static org.lumen.viewer.cli.DisplayObjects.stored;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.lut.VoiFunction;
import org.lumen.rendering.WindowLevel;

/** {@code lumen render} on multi-frame objects and on headers with VOI LUT, Presentation LUT, MONOCHROME1 and palette. */
class RenderDisplayTest {
    @TempDir
    Path dir;

    private RenderRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("render"));
        all.addAll(List.of(args));
        all.addAll(List.of("--renderer", "cpu"));
        return RenderRun.of(all.toArray(String[]::new));
    }

    private int[][] grey(String... args) throws Exception {
        Path png = dir.resolve("out" + System.nanoTime() + ".png");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", png.toString()));
        RenderRun r = run(all.toArray(String[]::new));
        assertThat(r.code).as(r.err).isZero();
        return RenderRun.grey(png);
    }

    private JsonNode info(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--info");
        RenderRun r = run(all.toArray(String[]::new));
        assertThat(r.code).as(r.err).isZero();
        return r.json();
    }

    @Test
    void enhancedMultiFrameIsAVolumeWithPerFrameGeometryAndRescale() throws Exception {
        Path file = DisplayObjects.enhanced(dir.resolve("enhanced.dcm"));
        JsonNode info = info(file.toString());
        assertThat(info.get("dimensions").get("slices").asInt()).isEqualTo(DisplayObjects.FRAMES);
        assertThat(info.get("spacing").get("slice").asDouble()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(info.get("window").get("center").asDouble()).isEqualTo(400); // from the shared Frame VOI LUT
        assertThat(info.get("findings").toString()).contains("each slice keeps its own");
        for (int k : new int[] {0, 2, 5}) {
            int[][] image = grey(file.toString(), "--plane", "axial", "--slice", Integer.toString(k));
            WindowLevel w = new WindowLevel(400, 600);
            for (int j = 0; j < ROWS; j += 3) {
                for (int i = 0; i < COLUMNS; i += 5) {
                    double modality = DisplayObjects.slope(k) * stored(i, j, k) + DisplayObjects.intercept(k);
                    assertThat(image[j][i]).as("slice %d voxel %d,%d", k, i, j).isEqualTo(w.grey(modality, false));
                }
            }
        }
    }

    @Test
    void functionOptionReplacesTheHeaderWindowsFunction() throws Exception {
        Path file = DisplayObjects.enhanced(dir.resolve("enhanced.dcm"));
        assertThat(info(file.toString(), "--function", "sigmoid").get("window").get("function").asText()).isEqualTo("sigmoid");
        int[][] sigmoid = grey(file.toString(), "--slice", "1", "--function", "sigmoid");
        int[][] exact = grey(file.toString(), "--slice", "1", "--window", "300,250", "--function", "linear-exact");
        double modality = DisplayObjects.slope(1) * stored(4, 2, 1) + DisplayObjects.intercept(1); // 1.25 * 196 - 20 = 225
        assertThat(sigmoid[2][4]).isEqualTo(new WindowLevel(400, 600, VoiFunction.SIGMOID).grey(modality, false))
                .isEqualTo(61); // 255 / (1 + e^(4 * 175 / 600)) = 60.55
        assertThat(exact[2][4]).isEqualTo(51); // ((225 - 300) / 250 + 0.5) * 255 = 51.0
        RenderRun bad = run(file.toString(), "--info", "--function", "cubic");
        assertThat(bad.code).isEqualTo(LumenCommand.USAGE);
        assertThat(bad.err).contains("--function must be linear, linear-exact or sigmoid");
    }

    @Test
    void classicMultiFrameWithUniformGeometry() throws Exception {
        Path file = DisplayObjects.classic(dir.resolve("classic.dcm"), true);
        JsonNode info = info(file.toString());
        assertThat(info.get("dimensions").get("slices").asInt()).isEqualTo(DisplayObjects.FRAMES);
        assertThat(info.get("spacing").get("slice").asDouble()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(info.get("findings")).isEmpty();
        int[][] image = grey(file.toString(), "--slice", "4");
        assertThat(image[7][9]).isEqualTo(new WindowLevel(300, 500).grey(stored(9, 7, 4), false));
        // coronal through row 7: slice k appears at the row of its position (head at the top)
        int[][] coronal = grey(file.toString(), "--plane", "coronal", "--size", "16x24", "--window", "400,800");
        assertThat(coronal.length).isEqualTo(24);
        Path flat = DisplayObjects.classic(dir.resolve("flat.dcm"), false);
        RenderRun noSpacing = run(flat.toString(), "--info");
        assertThat(noSpacing.code).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(noSpacing.err).contains("Spacing Between Slices");
    }

    @Test
    void voiLutTableAndPresentationShapeFromTheHeader() throws Exception {
        int[] table = IntStream.range(0, 512).map(v -> v * 8).toArray(); // 12-bit entries from 0
        Path file = DisplayObjects.single(dir.resolve("voi.dcm"), "MONOCHROME2", ds -> {
            ds.setSequence(Tag.VOILUTSequence, List.of(DisplayObjects.lut(0, 12, table)));
            ds.setString(Tag.PresentationLUTShape, VR.CS, "INVERSE");
        });
        JsonNode info = info(file.toString());
        assertThat(info.get("voiLut").get("entries").asInt()).isEqualTo(512);
        assertThat(info.get("presentation").asText()).isEqualTo("inverse");
        int[][] image = grey(file.toString());
        // stored(3, 5, 0) = 145: entry 1160 of 4095 -> 72.23, inverted 182.77 -> 183
        assertThat(image[5][3]).isEqualTo(183);
    }

    @Test
    void monochrome1IsShownInverted() throws Exception {
        Path file = DisplayObjects.single(dir.resolve("m1.dcm"), "MONOCHROME1", ds -> {
            ds.setDouble(Tag.WindowCenter, VR.DS, 200);
            ds.setDouble(Tag.WindowWidth, VR.DS, 300);
        });
        assertThat(info(file.toString()).get("presentation").asText()).isEqualTo("inverse");
        int[][] image = grey(file.toString());
        assertThat(image[5][3]).isEqualTo(new WindowLevel(200, 300).grey(145, true)).isEqualTo(174); // 255 - ((145 - 199.5) / 299 + 0.5) * 255 = 173.98
    }

    @Test
    void paletteColourWith16BitEntriesGivesAnRgbPng() throws Exception {
        int[] red = IntStream.range(0, 400).map(v -> v * 150).toArray();
        int[] green = IntStream.range(0, 400).map(v -> 65535 - v * 100).toArray();
        int[] blue = IntStream.range(0, 400).map(v -> (v * 37 * 256) & 0xFFFF).toArray();
        Path file = DisplayObjects.single(dir.resolve("palette.dcm"), "PALETTE COLOR", ds -> {
            ds.setInt(Tag.RedPaletteColorLookupTableDescriptor, VR.US, 400, 0, 16);
            ds.setInt(Tag.GreenPaletteColorLookupTableDescriptor, VR.US, 400, 0, 16);
            ds.setInt(Tag.BluePaletteColorLookupTableDescriptor, VR.US, 400, 0, 16);
            ds.setBytes(Tag.RedPaletteColorLookupTableData, VR.OW, DisplayObjects.words(red));
            ds.setBytes(Tag.GreenPaletteColorLookupTableData, VR.OW, DisplayObjects.words(green));
            ds.setBytes(Tag.BluePaletteColorLookupTableData, VR.OW, DisplayObjects.words(blue));
        });
        assertThat(info(file.toString()).get("palette").get("bits").asInt()).isEqualTo(16);
        Path png = dir.resolve("palette.png");
        RenderRun r = run(file.toString(), "--out", png.toString());
        assertThat(r.code).as(r.err).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        int v = stored(3, 5, 0); // 145
        int expected = (v * 150 >> 8) << 16 | ((65535 - v * 100) >> 8) << 8 | ((v * 37 * 256) & 0xFFFF) >> 8;
        assertThat(image.getRGB(3, 5) & 0xFFFFFF).isEqualTo(expected);
        RenderRun windowed = run(file.toString(), "--info", "--window", "1,2");
        assertThat(windowed.code).isEqualTo(LumenCommand.USAGE);
        assertThat(windowed.err).contains("PALETTE COLOR");
    }

    @Test
    void rgbSeriesGivesColourMpr() throws Exception {
        Path series = dir.resolve("rgb");
        DisplayObjects.rgbSeries(series);
        assertThat(info(series.toString()).get("colour").asText()).isEqualTo("rgb");
        Path png = dir.resolve("rgb.png");
        RenderRun r = run(series.toString(), "--slice", "1", "--out", png.toString());
        assertThat(r.code).as(r.err).isZero();
        BufferedImage axial = ImageIO.read(png.toFile());
        assertThat(axial.getRGB(7, 4) & 0xFFFFFF).isEqualTo(70 << 16 | 80 << 8 | 45);
        // coronal: the slices (blue 5, 45, 85) from the head down, red along the row
        Path coronal = dir.resolve("rgb-coronal.png");
        r = run(series.toString(), "--plane", "coronal", "--out", coronal.toString());
        assertThat(r.code).as(r.err).isZero();
        BufferedImage c = ImageIO.read(coronal.toFile());
        assertThat(c.getRGB(0, 0) & 0xFF).isEqualTo(85);
        assertThat(c.getRGB(0, c.getHeight() - 1) & 0xFF).isEqualTo(5);
        assertThat(c.getRGB(5, 0) >> 16 & 0xFF).isEqualTo(50);
        RenderRun windowed = run(series.toString(), "--info", "--window", "1,2");
        assertThat(windowed.code).isEqualTo(LumenCommand.USAGE);
    }

    @Test
    void modalityLutTableFromTheHeader() throws Exception {
        int[] table = IntStream.range(0, 4096).map(v -> 1000 + 2 * v).toArray();
        Path file = DisplayObjects.single(dir.resolve("modality.dcm"), "MONOCHROME2", ds -> {
            ds.setSequence(Tag.ModalityLUTSequence, List.of(DisplayObjects.lut(0, 16, table)));
            ds.setDouble(Tag.WindowCenter, VR.DS, 1300);
            ds.setDouble(Tag.WindowWidth, VR.DS, 400);
        });
        int[][] image = grey(file.toString());
        // stored(3, 5, 0) = 145 -> modality 1290 -> ((1290 - 1299.5) / 399 + 0.5) * 255 = 121.43
        assertThat(image[5][3]).isEqualTo(121);
        assertThat(image[0][0]).isEqualTo(new WindowLevel(1300, 400).grey(1000 + 2 * stored(0, 0, 0), false));
    }
}
