package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orphan reaping with real processes ({@code sleep}) standing in for Orthanc. */
class ProcessReaperTest {

    @TempDir
    Path tmp;

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.pid();
    }

    private Path workDir(String name, long jvm, long server) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(WorkDirectory.PREFIX + name));
        Files.writeString(dir.resolve("owner.pid"), jvm + " " + server + "\n");
        return dir;
    }

    @Test
    void killsServerOfADeadJvmButNeitherLiveOwnersNorForeignProcesses() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "300").start();
        Process owned = new ProcessBuilder("sleep", "300").start();
        Process foreign = new ProcessBuilder("cat").start();
        try {
            String binary = orphan.info().command().orElseThrow();
            long dead = deadPid();
            Path orphanDir = workDir("orphan", dead, orphan.pid());
            Path ownedDir = workDir("owned", ProcessHandle.current().pid(), owned.pid());
            Path foreignDir = workDir("foreign", dead, foreign.pid());

            ProcessReaper.reapOrphans(tmp, binary);

            assertThat(orphan.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(orphanDir).doesNotExist();
            assertThat(owned.isAlive()).isTrue();
            assertThat(ownedDir).exists();
            assertThat(foreign.isAlive()).as("a process that is not the server binary is never killed").isTrue();
            assertThat(foreignDir).doesNotExist();
        } finally {
            orphan.destroyForcibly();
            owned.destroyForcibly();
            foreign.destroyForcibly();
        }
    }
}
