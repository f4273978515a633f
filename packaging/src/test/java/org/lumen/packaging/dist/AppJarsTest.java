package org.lumen.packaging.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AppJarsTest {
    /** The runtime jars Maven copies into target/app/lib (all platforms' natives, empty aggregators). */
    private static final List<String> APP_LIB = List.of("antlr-2.7.7.jar", "controlsfx-11.2.2.jar",
            "gluegen-rt-2.6.0-natives-android-aarch64.jar", "gluegen-rt-2.6.0-natives-linux-amd64.jar",
            "gluegen-rt-2.6.0-natives-macosx-universal.jar", "gluegen-rt-2.6.0-natives-windows-amd64.jar",
            "gluegen-rt-2.6.0.jar", "gluegen-rt-main-2.6.0.jar", "javafx-base-25.0.4-linux.jar",
            "javafx-base-25.0.4.jar", "javafx-graphics-25.0.4-linux.jar", "javafx-graphics-25.0.4-win.jar",
            "javafx-graphics-25.0.4.jar", "jogl-all-2.6.0-natives-linux-aarch64.jar",
            "jogl-all-2.6.0-natives-linux-amd64.jar", "jogl-all-2.6.0-natives-windows-amd64.jar", "jogl-all-2.6.0.jar",
            "jogl-all-main-2.6.0.jar", "okhttp-jvm-5.1.0.jar", "viewer-app-0.1.0-SNAPSHOT.jar", "README.txt");

    @Test
    void linuxKeepsOnlyItsNativesAndNoEmptyOrBuildTimeJarsAndNoJavaFxOnTheClassPath() {
        assertThat(AppJars.forPlatform(APP_LIB, HostPlatform.of("Linux", "amd64"))).containsExactly(
                "controlsfx-11.2.2.jar", "gluegen-rt-2.6.0-natives-linux-amd64.jar", "gluegen-rt-2.6.0.jar",
                "jogl-all-2.6.0-natives-linux-amd64.jar", "jogl-all-2.6.0.jar", "okhttp-jvm-5.1.0.jar",
                "viewer-app-0.1.0-SNAPSHOT.jar");
        assertThat(AppJars.javafxModules(APP_LIB, HostPlatform.of("Linux", "amd64")))
                .containsExactly("javafx-base-25.0.4-linux.jar", "javafx-graphics-25.0.4-linux.jar");
    }

    @Test
    void windowsKeepsItsOwnNativesAndLinksItsOwnJavaFx() {
        HostPlatform windows = HostPlatform.of("Windows 11", "amd64");
        assertThat(AppJars.forPlatform(APP_LIB, windows)).contains("jogl-all-2.6.0-natives-windows-amd64.jar")
                .doesNotContain("jogl-all-2.6.0-natives-linux-amd64.jar")
                .noneMatch(name -> name.startsWith("javafx-"));
        assertThat(AppJars.javafxModules(APP_LIB, windows)).containsExactly("javafx-graphics-25.0.4-win.jar");
        assertThat(AppJars.javafxModules(APP_LIB, HostPlatform.of("Mac OS X", "aarch64"))).isEmpty();
    }

    @Test
    void platformsMapFromJavasOsProperties() {
        assertThat(HostPlatform.of("Linux", "aarch64")).isEqualTo(new HostPlatform("linux-aarch64", "linux-aarch64"));
        assertThat(HostPlatform.of("Mac OS X", "aarch64")).isEqualTo(new HostPlatform("macosx-universal", "mac-aarch64"));
        assertThat(HostPlatform.of("Mac OS X", "x86_64")).isEqualTo(new HostPlatform("macosx-universal", "mac"));
        assertThatThrownBy(() -> HostPlatform.of("SunOS", "sparcv9")).hasMessageContaining("SunOS");
        assertThatThrownBy(() -> new HostPlatform("linux-mips", "linux")).hasMessageContaining("linux-mips");
    }
}
