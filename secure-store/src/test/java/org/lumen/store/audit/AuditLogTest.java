package org.lumen.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.crypto.WrongKeyException;

class AuditLogTest {
    private static final StoreKeys KEYS = StoreKeys.fromMasterKey(new byte[32]);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final int HEADER = 27;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("audit.lumen");
    }

    private List<AuditRecord> writeTen() throws IOException {
        AuditLog log = AuditLog.open(file(), KEYS, CLOCK);
        List<AuditRecord> written = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            written.add(log.append(new AuditEvent("alice", "pacs-" + i % 2, "1.2.3." + i, "PID-" + i,
                    AuditAction.values()[i % AuditAction.values().length])));
        }
        return written;
    }

    /** Start offsets of the record frames, then the end of the file. */
    private long[] frames() throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file()));
        List<Long> starts = new ArrayList<>();
        for (int at = HEADER; at < bytes.limit(); at += 4 + bytes.getInt(at)) {
            starts.add((long) at);
        }
        starts.add((long) bytes.limit());
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private void cut(long from, long to) throws IOException {
        byte[] b = Files.readAllBytes(file());
        byte[] out = new byte[(int) (b.length - (to - from))];
        System.arraycopy(b, 0, out, 0, (int) from);
        System.arraycopy(b, (int) to, out, (int) from, (int) (b.length - to));
        Files.write(file(), out);
    }

    @Test
    void readsBackAChainThatVerifies() throws IOException {
        List<AuditRecord> written = writeTen();
        AuditLog reopened = AuditLog.open(file(), KEYS, CLOCK);
        List<AuditRecord> read = reopened.read();
        assertThat(read).containsExactlyElementsOf(written);
        assertThat(read.get(0).previousHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).previousHash()).isEqualTo(read.get(i - 1).hash());
        }
        assertThat(read.get(3).event()).isEqualTo(new AuditEvent("alice", "pacs-1", "1.2.3.3", "PID-3", AuditAction.values()[3]));
        assertThat(read.get(3).time()).isEqualTo(CLOCK.instant());
        assertThat(reopened.verify()).isEqualTo(new ChainVerification.Intact(10));
        assertThat(reopened.append(AuditEvent.byCurrentUser("pacs", "9.9", "", AuditAction.VIEW)).sequence()).isEqualTo(10);
        assertThat(AuditLog.verifyFile(file(), KEYS)).isEqualTo(new ChainVerification.Intact(11));
    }

    @Test
    void aFlippedByteBreaksTheChainAtThatRecord() throws IOException {
        writeTen();
        long[] frames = frames();
        byte[] b = Files.readAllBytes(file());
        b[(int) frames[4] + 20] ^= 1;
        Files.write(file(), b);
        assertThat(AuditLog.verifyFile(file(), KEYS)).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(4);
            assertThat(broken.verifiedRecords()).isEqualTo(4);
            assertThat(broken.offset()).isEqualTo(frames[4]);
        });
    }

    @Test
    void aRemovedRecordIsDetectedWhereItWas() throws IOException {
        writeTen();
        long[] frames = frames();
        cut(frames[6], frames[7]);
        assertThat(AuditLog.verifyFile(file(), KEYS)).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(6));
    }

    @Test
    void swappedRecordsAreDetected() throws IOException {
        writeTen();
        long[] f = frames();
        byte[] b = Files.readAllBytes(file());
        byte[] two = Arrays.copyOfRange(b, (int) f[2], (int) f[3]);
        byte[] three = Arrays.copyOfRange(b, (int) f[3], (int) f[4]);
        System.arraycopy(three, 0, b, (int) f[2], three.length);
        System.arraycopy(two, 0, b, (int) f[2] + three.length, two.length);
        Files.write(file(), b);
        assertThat(AuditLog.verifyFile(file(), KEYS)).isInstanceOfSatisfying(ChainVerification.Broken.class,
                broken -> assertThat(broken.sequence()).isEqualTo(2));
    }

    @Test
    void recordsCutFromTheEndAreDetectedThroughTheHead() throws IOException {
        writeTen();
        long[] f = frames();
        cut(f[8], f[10]);
        assertThat(AuditLog.verifyFile(file(), KEYS)).isInstanceOfSatisfying(ChainVerification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(8);
            assertThat(broken.problem()).contains("missing from the end");
        });
        Files.delete(dir.resolve("audit.lumen.head"));
        assertThat(AuditLog.verifyFile(file(), KEYS)).isInstanceOf(ChainVerification.Broken.class);
    }

    @Test
    void openingABrokenLogKeepsItAsEvidenceAndStartsANewOne() throws IOException {
        writeTen();
        long[] f = frames();
        cut(f[8], f[10]);
        byte[] broken = Files.readAllBytes(file());
        AuditLog log = AuditLog.open(file(), KEYS, CLOCK);
        Path kept = dir.resolve("audit.lumen.broken-" + CLOCK.millis());
        assertThat(Files.readAllBytes(kept)).isEqualTo(broken);
        assertThat(AuditLog.verifyFile(kept, KEYS)).isInstanceOf(ChainVerification.Broken.class);
        assertThat(log.verify()).isEqualTo(new ChainVerification.Intact(0));
        log.append(AuditEvent.byCurrentUser("pacs", "1.2", "P", AuditAction.VIEW));
        assertThat(log.verify()).isEqualTo(new ChainVerification.Intact(1));
    }

    @Test
    void aRecordTornByACrashIsCutAndAppendingGoesOn() throws IOException {
        writeTen();
        byte[] b = Files.readAllBytes(file());
        byte[] torn = Arrays.copyOf(b, b.length + 30);
        ByteBuffer.wrap(torn).putInt(b.length, 200);
        Files.write(file(), torn);
        AuditLog log = AuditLog.open(file(), KEYS, CLOCK);
        assertThat(Files.readAllBytes(file())).isEqualTo(b);
        log.append(AuditEvent.byCurrentUser("pacs", "1.2", "P", AuditAction.RETRIEVE));
        assertThat(log.verify()).isEqualTo(new ChainVerification.Intact(11));
    }

    @Test
    void aWrongKeyIsATypedErrorAndChangesNothing() throws IOException {
        writeTen();
        byte[] before = Files.readAllBytes(file());
        StoreKeys other = StoreKeys.fromMasterKey(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> AuditLog.open(file(), other, CLOCK)).isInstanceOf(WrongKeyException.class);
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no file added or removed").isEqualTo(2);
        }
    }

    @Test
    void holdsNoPlainText() throws IOException {
        writeTen();
        for (Path p : List.of(file(), dir.resolve("audit.lumen.head"))) {
            String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            assertThat(content).doesNotContain("alice").doesNotContain("1.2.3.").doesNotContain("PID-").doesNotContain("pacs");
        }
    }
}
