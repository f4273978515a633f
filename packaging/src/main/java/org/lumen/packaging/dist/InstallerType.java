package org.lumen.packaging.dist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The installers Lumen builds, one per operating system, with the jpackage options each needs.
 * {@link #APP_IMAGE} stops after the self-contained folder.
 */
public enum InstallerType {
    APP_IMAGE("app-image", "png/lumen-256.png"),
    /** Debian/Ubuntu: desktop entries, MIME type and URL scheme come from {@code dist/linux}. */
    DEB("deb", "png/lumen-256.png"),
    /** Windows Installer; jpackage needs the WiX toolset on the build machine. */
    MSI("msi", "lumen.ico"),
    /** macOS disk image holding Lumen.app. */
    DMG("dmg", "lumen.icns");

    /** Runtime libraries jpackage's own scan of the runtime cannot see: GTK for JavaFX, GL for JOGL. */
    static final String DEB_DEPENDS = "libgtk-3-0, libgl1";
    /** Fixed so that a newer .msi upgrades an installed Lumen instead of installing beside it. */
    static final String WINDOWS_UPGRADE_UUID = "4f7d2a86-3c1e-4b59-9a0e-6d1c2b8e5f47";

    private final String jpackageType;
    private final String iconFile;

    InstallerType(String jpackageType, String iconFile) {
        this.jpackageType = jpackageType;
        this.iconFile = iconFile;
    }

    /** The installer type as jpackage's {@code --type} names it. */
    public String jpackageType() {
        return jpackageType;
    }

    /** The icon file (inside the icon set folder) the launcher and installer use. */
    public String iconFile() {
        return iconFile;
    }

    /** The type called {@code name} ({@code deb}, {@code msi}, {@code dmg}, {@code app-image}). */
    public static InstallerType named(String name) {
        return Arrays.stream(values()).filter(type -> type.jpackageType.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown installer type " + name
                        + "; one of deb, msi, dmg, app-image"));
    }

    /** Options for {@code jpackage --type <this> --app-image ...} beyond name, version and destination. */
    List<String> installerOptions(DistRequest request) {
        Path dist = request.distSources();
        Path fileAssociation = dist.resolve("dicom-file-association.properties");
        List<String> options = new ArrayList<>();
        switch (this) {
            case APP_IMAGE -> throw new IllegalStateException("an app-image has no installer step");
            case DEB -> options.addAll(List.of("--linux-package-name", "lumen",
                    "--linux-deb-maintainer", "lumen@users.noreply.github.com",
                    "--linux-app-category", "graphics",
                    "--linux-package-deps", DEB_DEPENDS,
                    "--resource-dir", dist.resolve("linux/deb").toString()));
            case MSI -> options.addAll(List.of("--win-menu", "--win-menu-group", "Lumen", "--win-shortcut",
                    "--win-dir-chooser", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    "--file-associations", fileAssociation.toString()));
            case DMG -> options.addAll(List.of("--mac-package-identifier", "org.lumen.viewer",
                    "--mac-package-name", "Lumen", "--mac-app-category", "public.app-category.medical",
                    "--file-associations", fileAssociation.toString()));
        }
        return List.copyOf(options);
    }
}
