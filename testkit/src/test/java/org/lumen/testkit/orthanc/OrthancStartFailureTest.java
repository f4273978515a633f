package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures are reported with the cause, never as a hang. */
class OrthancStartFailureTest {

    @TempDir
    Path tmp;

    private Orthanc orthanc(Path binary, Path plugin) {
        return new Orthanc(new OrthancSettings(List.of(), List.of(), false, Duration.ofSeconds(30), binary, plugin));
    }

    @Test
    void serverThatExitsAtOnceFailsWithItsLogTail() throws Exception {
        Path fake = tmp.resolve("fake-orthanc");
        Files.writeString(fake, "#!/bin/sh\necho \"E: fake failure reading $1\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        Path plugin = Files.writeString(tmp.resolve("libOrthancDicomWeb.so"), "");
        Orthanc o = orthanc(fake, plugin);
        try {
            assertThatThrownBy(o::ensureRunning).isInstanceOf(OrthancException.class)
                    .hasMessageContaining("exited during start-up").hasMessageContaining("fake failure reading")
                    .hasMessageContaining("orthanc.json");
            assertThat(o.isAlive()).isFalse();
        } finally {
            o.close();
        }
    }

    @Test
    void missingBinaryNamesTheDebianPackages() throws Exception {
        Path plugin = Files.writeString(tmp.resolve("libOrthancDicomWeb.so"), "");
        Orthanc o = orthanc(tmp.resolve("no-orthanc-here"), plugin);
        try {
            assertThatThrownBy(o::ensureRunning).isInstanceOf(OrthancException.class)
                    .hasMessageContaining("apt-get install orthanc orthanc-dicomweb");
        } finally {
            o.close();
        }
    }
}
