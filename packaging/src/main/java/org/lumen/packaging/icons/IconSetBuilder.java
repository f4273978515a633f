package org.lumen.packaging.icons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the application icon into every file the installers need:
 * {@code png/lumen-<size>.png} for each of {@link #PNG_SIZES}, {@code lumen.ico} and
 * {@code lumen.icns}, and the SVG itself as {@code lumen.svg}. Run by the packaging build:
 * {@code java org.lumen.packaging.icons.IconSetBuilder <icon.svg> <output folder>}.
 */
public final class IconSetBuilder {
    /** The PNG sizes rendered (Linux hicolor theme sizes and the macOS/Windows slots). */
    public static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    /** The sizes stored in the Windows ICO (Explorer and the task bar use 16 to 256). */
    public static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** The sizes stored in the macOS ICNS (1x and 2x slots from 16 to 512 pt). */
    public static final List<Integer> ICNS_SIZES = List.of(16, 32, 64, 128, 256, 512, 1024);

    private final SvgRasterizer rasterizer;

    public IconSetBuilder(SvgRasterizer rasterizer) {
        this.rasterizer = rasterizer;
    }

    /** Writes the icon set for {@code svg} into {@code outputFolder}; returns the PNG renderings. */
    public List<IconImage> build(Path svg, Path outputFolder) throws IOException {
        Path pngFolder = Files.createDirectories(outputFolder.resolve("png"));
        List<IconImage> images = new ArrayList<>();
        for (int size : PNG_SIZES) {
            IconImage image = rasterizer.render(svg, size);
            Files.write(pngFolder.resolve("lumen-" + size + ".png"), image.png());
            images.add(image);
        }
        Files.copy(svg, outputFolder.resolve("lumen.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(outputFolder.resolve("lumen.ico"), IcoWriter.write(select(images, ICO_SIZES)));
        Files.write(outputFolder.resolve("lumen.icns"), IcnsWriter.write(select(images, ICNS_SIZES)));
        return List.copyOf(images);
    }

    private static List<IconImage> select(List<IconImage> images, List<Integer> sizes) {
        return images.stream().filter(image -> sizes.contains(image.size())).toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IconSetBuilder <icon.svg> <output folder>");
            System.exit(2);
        }
        List<IconImage> images = new IconSetBuilder(new SvgRasterizer()).build(Path.of(args[0]), Path.of(args[1]));
        System.out.println("icons: " + images.size() + " PNGs, lumen.ico, lumen.icns in " + args[1]);
    }
}
