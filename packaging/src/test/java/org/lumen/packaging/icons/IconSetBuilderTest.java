package org.lumen.packaging.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the real application icon ({@code icons/lumen.svg}) with rsvg-convert. */
class IconSetBuilderTest {
    static final Path SVG = Path.of("../icons/lumen.svg");

    @Test
    void rendersEverySizeAndBothContainers(@TempDir Path out) throws IOException {
        List<IconImage> images = new IconSetBuilder(new SvgRasterizer()).build(SVG, out);
        assertThat(images).extracting(IconImage::size).containsExactlyElementsOf(IconSetBuilder.PNG_SIZES);
        for (int size : IconSetBuilder.PNG_SIZES) {
            BufferedImage png = TestIcons.decode(Files.readAllBytes(out.resolve("png/lumen-" + size + ".png")));
            assertThat(png.getWidth()).isEqualTo(size);
            assertThat(png.getHeight()).isEqualTo(size);
            assertThat(png.getRGB(size / 2, size / 2) >>> 24).as("opaque centre at %d px", size).isEqualTo(255);
            assertThat(png.getRGB(0, 0) >>> 24).as("transparent rounded corner at %d px", size).isLessThan(64);
        }
        assertThat(Files.size(out.resolve("lumen.ico"))).isGreaterThan(1000);
        assertThat(Files.size(out.resolve("lumen.icns"))).isGreaterThan(1000);
        assertThat(out.resolve("lumen.svg")).hasSameTextualContentAs(SVG);
    }

    @Test
    void sixteenPixelIconKeepsTheLensAndTheSliceApart(@TempDir Path out) throws IOException {
        BufferedImage icon = TestIcons.decode(new SvgRasterizer().render(SVG, 16).png());
        int lensCentre = icon.getRGB(8, 5);
        assertThat(blue(lensCentre)).as("the lens is light blue").isGreaterThan(red(lensCentre) + 40);
        long amberPixels = 0;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int rgb = icon.getRGB(x, y);
                if (red(rgb) > 180 && blue(rgb) < 120) {
                    amberPixels++;
                }
            }
        }
        assertThat(amberPixels).as("the amber slice still shows at 16 px").isGreaterThanOrEqualTo(6);
    }

    @Test
    void viewerWindowIconsAreTheCurrentSvgRendering() throws IOException {
        Path resources = Path.of("../viewer-app/src/main/resources/org/lumen/viewer/app/icons");
        for (int size : List.of(16, 32, 48, 64, 128, 256)) {
            BufferedImage committed = TestIcons.decode(Files.readAllBytes(resources.resolve("lumen-" + size + ".png")));
            BufferedImage rendered = TestIcons.decode(new SvgRasterizer().render(SVG, size).png());
            assertThat(committed.getWidth()).isEqualTo(size);
            int worst = 0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    worst = Math.max(worst, channelDifference(committed.getRGB(x, y), rendered.getRGB(x, y)));
                }
            }
            assertThat(worst).as("viewer-app's %d px icon differs from icons/lumen.svg; copy packaging/target/icons/png"
                    + " over it", size).isLessThanOrEqualTo(24);
        }
    }

    private static int channelDifference(int a, int b) {
        int worst = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            worst = Math.max(worst, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return worst;
    }

    @Test
    void aMissingSvgIsReportedByName(@TempDir Path out) {
        assertThatThrownBy(() -> new SvgRasterizer().render(out.resolve("absent.svg"), 16))
                .isInstanceOf(IOException.class).hasMessageContaining("absent.svg");
    }

    @Test
    void aMissingRasterizerSaysWhatToInstall() {
        assertThatThrownBy(() -> new SvgRasterizer("/nonexistent/rsvg-convert").render(SVG, 16))
                .isInstanceOf(IOException.class).hasMessageContaining("librsvg2-bin");
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
