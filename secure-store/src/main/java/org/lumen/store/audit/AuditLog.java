package org.lumen.store.audit;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.crypto.WrongKeyException;
import org.lumen.store.io.AtomicReplace;

/**
 * The append-only, hash-chained, encrypted audit log in one file (header: magic and the master
 * key's check), with its head (last sequence and hash, encrypted) in {@code <file>.head}. A log
 * found broken on opening is kept as {@code <file>.broken-<ms>} (head {@code <file>.broken-<ms>.head})
 * for {@link #verifyFile}, and a new log is started.
 */
public final class AuditLog {
    private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());
    private static final byte[] MAGIC = "LUMENAUDIT1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 16;
    private static final byte[] HEAD_AD = "lumen/audit/head/v1".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Path head;
    private final AuditCodec codec;
    private final Aead headAead;
    private final Clock clock;
    private long nextSequence;
    private byte[] previousHash;

    private AuditLog(Path file, StoreKeys keys, Clock clock) {
        this.file = file;
        this.head = file.resolveSibling(file.getFileName() + ".head");
        this.codec = new AuditCodec(keys.aead("audit/records"));
        this.headAead = keys.aead("audit/head");
        this.clock = clock;
    }

    /**
     * Opens (or creates) the log in {@code file}. A record torn by a crash mid-append is cut off; a
     * log broken otherwise is renamed aside as evidence and a new one started.
     *
     * @throws WrongKeyException when the log was written under another key (nothing is changed)
     */
    public static AuditLog open(Path file, StoreKeys keys, Clock clock) throws IOException {
        Objects.requireNonNull(keys, "keys");
        AuditLog log = new AuditLog(file.toAbsolutePath(), keys, Objects.requireNonNull(clock, "clock"));
        if (!Files.exists(log.file)) {
            Files.createDirectories(log.file.getParent());
            create(log.file, keys);
        }
        log.requireHeader(keys);
        log.recoverTail(keys);
        return log;
    }

    /**
     * Verifies a log without opening it for appending (for instance one set aside as broken):
     * nothing is changed on disk.
     *
     * @throws WrongKeyException when the log was written under another key
     */
    public static ChainVerification verifyFile(Path file, StoreKeys keys) throws IOException {
        AuditLog log = new AuditLog(file.toAbsolutePath(), keys, Clock.systemUTC());
        log.requireHeader(keys);
        return log.verify();
    }

    private void requireHeader(StoreKeys keys) throws IOException {
        byte[] header = new byte[HEADER];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.read(ByteBuffer.wrap(header), 0) != HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw new IOException(file + " at byte 0: not a Lumen audit log");
            }
        }
        if (!keys.matchesKeyCheck("audit", Arrays.copyOfRange(header, MAGIC.length, HEADER))) {
            throw new WrongKeyException(file);
        }
    }

    /** Appends one record for {@code event}, forced to disk before it returns. */
    public synchronized AuditRecord append(AuditEvent event) throws IOException {
        long sequence = nextSequence;
        Instant time = clock.instant();
        byte[] frame = codec.frame(sequence, time, event, previousHash);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(frame);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
        byte[] hash = AuditCodec.sha256(AuditCodec.plaintext(sequence, time, event, previousHash));
        AuditRecord record = new AuditRecord(sequence, Instant.ofEpochMilli(time.toEpochMilli()), event,
                HexFormat.of().formatHex(previousHash), HexFormat.of().formatHex(hash));
        // The record is on disk: move on before saving the head, so a failed head save (which
        // verification tolerates: the head may lag) never makes the next record reuse this sequence.
        nextSequence = sequence + 1;
        previousHash = hash;
        writeHead(sequence, hash);
        return record;
    }

    /** The records in order, up to the first that does not verify (see {@link #verify()}). */
    public List<AuditRecord> read() throws IOException {
        return scan().records();
    }

    /** Checks every record and link and the head; names the first break. */
    public ChainVerification verify() throws IOException {
        LogScan scan = scan();
        long count = scan.records().size();
        if (!scan.problem().isEmpty()) {
            return new ChainVerification.Broken(count, count, scan.goodEnd(), scan.problem());
        }
        if (!Files.exists(head)) {
            return count == 0 ? new ChainVerification.Intact(0)
                    : new ChainVerification.Broken(count, count, scan.goodEnd(), "the head file " + head + " is missing");
        }
        ByteBuffer saved;
        try {
            saved = ByteBuffer.wrap(headAead.decrypt(Files.readAllBytes(head), HEAD_AD));
        } catch (GeneralSecurityException e) {
            return new ChainVerification.Broken(count, count, scan.goodEnd(), "the head file fails authentication");
        }
        long headSequence = saved.getLong();
        byte[] headHash = new byte[32];
        saved.get(headHash);
        if (headSequence >= count) {
            return new ChainVerification.Broken(count, count, scan.goodEnd(), "records " + count + " to " + headSequence
                    + " are missing from the end (the head names record " + headSequence + ")");
        }
        if (!scan.records().get((int) headSequence).hash().equals(HexFormat.of().formatHex(headHash))) {
            return new ChainVerification.Broken(headSequence, headSequence, scan.goodEnd(),
                    "record " + headSequence + " is not the one the head names");
        }
        return new ChainVerification.Intact(count);
    }

    private LogScan scan() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return LogScan.of(channel, HEADER, codec);
        }
    }

    /**
     * Cuts a record torn by a crash from the end; sets a log that is otherwise broken aside (renamed
     * {@code <name>.broken-<time>} with its head, kept as evidence) and starts a new one, so that new
     * records never overwrite the head that shows the break.
     */
    private synchronized void recoverTail(StoreKeys keys) throws IOException {
        LogScan scan = scan();
        if (scan.torn()) {
            LOG.log(Level.WARNING, "cutting a record torn by a crash from the end of {0} at byte {1}", file, scan.goodEnd());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(scan.goodEnd());
                channel.force(true);
            }
        }
        if (verify() instanceof ChainVerification.Broken broken) {
            String suffix = ".broken-" + clock.millis();
            LOG.log(Level.WARNING, "audit log {0} is broken at byte {1} ({2}): kept as {3} and a new log started",
                    file, broken.offset(), broken.problem(), file.getFileName() + suffix);
            Files.move(file, file.resolveSibling(file.getFileName() + suffix));
            if (Files.exists(head)) {
                Files.move(head, head.resolveSibling(file.getFileName() + suffix + ".head"));
            }
            create(file, keys);
        }
        List<AuditRecord> records = scan().records();
        nextSequence = records.size();
        previousHash = records.isEmpty() ? AuditCodec.GENESIS : HexFormat.of().parseHex(records.getLast().hash());
    }

    private static void create(Path file, StoreKeys keys) throws IOException {
        AtomicReplace.write(file, ByteBuffer.allocate(HEADER).put(MAGIC).put(keys.keyCheck("audit")).array());
    }

    private void writeHead(long sequence, byte[] hash) throws IOException {
        try {
            byte[] plain = ByteBuffer.allocate(40).putLong(sequence).put(hash).array();
            AtomicReplace.write(head, headAead.encrypt(plain, HEAD_AD));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the audit head", e);
        }
    }
}
