package org.lumen.store.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One pass over the records of a log file: the records that verify, in order, and where and why
 * the pass stopped early ({@code problem} empty when it reached the end cleanly; {@code torn} when
 * the file ends inside a frame, as after a crash mid-append).
 */
record LogScan(List<AuditRecord> records, long goodEnd, String problem, boolean torn) {

    static LogScan of(FileChannel channel, long start, AuditCodec codec) throws IOException {
        List<AuditRecord> records = new ArrayList<>();
        long size = channel.size();
        long at = start;
        String previous = HexFormat.of().formatHex(AuditCodec.GENESIS);
        while (at < size) {
            if (size - at < 4) {
                return new LogScan(records, at, "the file ends inside a record's length", true);
            }
            ByteBuffer length = ByteBuffer.allocate(4);
            channel.read(length, at);
            int n = length.getInt(0);
            if (n < 16 || n > AuditCodec.MAX_FRAME) {
                return new LogScan(records, at, "record length " + n + " is impossible", false);
            }
            if (size - at - 4 < n) {
                return new LogScan(records, at, "the file ends inside a record of " + n + " bytes", true);
            }
            ByteBuffer sealed = ByteBuffer.allocate(n);
            while (sealed.hasRemaining()) {
                channel.read(sealed, at + 4 + sealed.position());
            }
            long sequence = records.size();
            AuditRecord record;
            try {
                record = codec.open(sequence, sealed.array());
            } catch (GeneralSecurityException | IOException e) {
                return new LogScan(records, at, "record " + sequence
                        + " fails authentication (altered, or a record before it was removed or reordered)", false);
            }
            if (!record.previousHash().equals(previous)) {
                return new LogScan(records, at, "record " + sequence + " does not carry the hash of record " + (sequence - 1), false);
            }
            records.add(record);
            previous = record.hash();
            at += 4 + n;
        }
        return new LogScan(records, at, "", false);
    }
}
