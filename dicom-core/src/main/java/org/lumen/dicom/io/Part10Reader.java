package org.lumen.dicom.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.VR;

/**
 * Reads DICOM Part 10 files (PS3.10 section 7): the 128-byte preamble, "DICM", the File Meta
 * Information in explicit VR little endian, then the data set in its transfer syntax. Files
 * without preamble or meta information are read too: their encoding is recognized from the first
 * element. Deflated data sets are inflated into memory.
 *
 * <p>Bad input fails with a {@link DicomFormatException} naming the problem and the byte offset
 * (for a deflated data set, offsets past the meta information count inflated bytes). Stateless and
 * thread-safe.
 */
public final class Part10Reader {
    private static final int PREAMBLE = 128;

    private Part10Reader() {}

    public static DicomFile read(Path file) throws IOException {
        return read(file, ReadOptions.DEFAULT);
    }

    /** Reads a file; long values become lazily read {@link org.lumen.dicom.Value.Bulk} references to it. */
    public static DicomFile read(Path file, ReadOptions options) throws IOException {
        return parse(file, options).file();
    }

    /** Reads a whole stream into memory (no bulk references); the caller closes the stream. */
    public static DicomFile read(InputStream in, ReadOptions options) throws IOException {
        return parse(DicomInput.ofBytes(readBounded(in), 0), options, Optional.empty()).file();
    }

    /** The whole stream, refused with ABSURD_SIZE beyond what an array (and a quarter of the heap) can hold. */
    private static byte[] readBounded(InputStream in) throws IOException {
        long cap = Math.min(BulkData.MAX_IN_MEMORY, Runtime.getRuntime().maxMemory() / 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            if (out.size() + (long) n > cap) {
                throw new DicomFormatException(Problem.ABSURD_SIZE, out.size(),
                        "stream longer than the " + cap + " bytes that can be read into memory; read the file instead");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    static ParsedFile parse(Path file, ReadOptions options) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return parse(DicomInput.ofChannel(channel), options, Optional.of(file));
        }
    }

    private static ParsedFile parse(DicomInput input, ReadOptions options, Optional<Path> file) throws IOException {
        DicomInput in = input;
        in.order(ByteOrder.LITTLE_ENDIAN);
        boolean preamble = hasPreamble(in);
        in.seek(preamble ? PREAMBLE + 4 : 0);
        DataSet meta = new DataSet();
        DataSetParser metaParser = new DataSetParser(in, looksExplicit(in), options, Optional.empty());
        metaParser.readGroup(meta, 0x0002);
        if (preamble && meta.isEmpty()) {
            throw new DicomFormatException(Problem.BAD_META, PREAMBLE + 4,
                    "the DICM prefix is not followed by File Meta Information (group 0002)");
        }
        long dataStart = in.position();
        Optional<String> uid = meta.getString(Tag.TransferSyntaxUID);
        TransferSyntax ts = uid.isPresent() ? TransferSyntax.lookup(uid.get()).orElseGet(() -> unknown(uid.get())) : guess(in);
        Optional<Path> bulkFile = file;
        if (ts.deflated()) {
            in = DeflatedInput.inflate(in, dataStart);
            bulkFile = Optional.empty();
        }
        boolean explicit = in.remaining() >= 6 ? looksExplicit(in) : ts.explicitVr();
        in.order(ts.order());
        DataSetParser parser = new DataSetParser(in, explicit, options, bulkFile);
        DataSet dataSet = new DataSet();
        parser.readDataSet(dataSet);
        return new ParsedFile(new DicomFile(meta, dataSet, ts), parser.itemOffsets());
    }

    private static boolean hasPreamble(DicomInput in) throws IOException {
        return in.remaining() >= PREAMBLE + 4 && in.peek(PREAMBLE) == 'D' && in.peek(PREAMBLE + 1) == 'I'
                && in.peek(PREAMBLE + 2) == 'C' && in.peek(PREAMBLE + 3) == 'M';
    }

    /** True when the two bytes after the tag at the current position spell a VR. */
    private static boolean looksExplicit(DicomInput in) throws IOException {
        return in.remaining() >= 6 && VR.fromCode(in.peek(4), in.peek(5)).isPresent();
    }

    /** The encoding of a data set without a transfer syntax UID, recognized from its first element. */
    private static TransferSyntax guess(DicomInput in) throws IOException {
        if (in.remaining() < 6) {
            return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
        }
        if (!looksExplicit(in)) {
            return TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
        }
        int little = in.peek(1) << 8 | in.peek(0);
        int big = in.peek(0) << 8 | in.peek(1);
        return big < little ? TransferSyntax.EXPLICIT_VR_BIG_ENDIAN : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
    }

    /** A transfer syntax this toolkit does not know: read as explicit VR little endian, as all recent ones are. */
    private static TransferSyntax unknown(String uid) {
        return new TransferSyntax(uid.trim(), "Unknown (" + uid.trim() + ")", true, ByteOrder.LITTLE_ENDIAN, false, true, false);
    }
}
