package org.lumen.packaging.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.lumen.packaging.icons.IconSetBuilder;

/**
 * Assembles the {@code desktop} folder that the Linux app-image carries as {@code lib/desktop}:
 * the two desktop entries, the MIME type, the launch scripts ({@code lumen} for the PATH,
 * {@code lumen-launch} for the desktop entries) from {@code dist/linux/desktop}, and
 * the icons in the hicolor theme layout ({@code icons/hicolor/<n>x<n>/apps/lumen.png}, 16 to 512 and
 * {@code scalable/apps/lumen.svg}). The .deb's postinst installs them system-wide.
 */
final class LinuxDesktopFiles {
    static final List<String> FILES = List.of("lumen.desktop", "lumen-url-handler.desktop", "lumen.xml", "lumen-launch",
            "lumen");

    private LinuxDesktopFiles() {}

    static Path assemble(DistRequest request) throws IOException {
        Path target = Files.createDirectories(request.work().resolve("desktop"));
        Path sources = request.distSources().resolve("linux/desktop");
        for (String file : FILES) {
            Files.copy(sources.resolve(file), target.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        for (int size : IconSetBuilder.PNG_SIZES.stream().filter(size -> size <= 512).toList()) {
            Path icon = Files.createDirectories(target.resolve("icons/hicolor/" + size + "x" + size + "/apps"));
            Files.copy(request.icons().resolve("png/lumen-" + size + ".png"), icon.resolve("lumen.png"));
        }
        Path scalable = Files.createDirectories(target.resolve("icons/hicolor/scalable/apps"));
        Files.copy(request.icons().resolve("lumen.svg"), scalable.resolve("lumen.svg"));
        return target;
    }
}
