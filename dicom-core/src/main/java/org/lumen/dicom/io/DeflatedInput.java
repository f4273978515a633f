package org.lumen.dicom.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * Inflates a Deflated Explicit VR Little Endian data set (raw RFC 1951, no zlib header) into
 * memory, refusing to grow past a limit derived from the heap so that a deflate bomb fails with
 * {@link Problem#ABSURD_SIZE} instead of exhausting memory.
 */
final class DeflatedInput {
    private DeflatedInput() {}

    static DicomInput inflate(DicomInput in, long start) throws IOException {
        long compressedLength = in.remaining();
        if (compressedLength > BulkData.MAX_IN_MEMORY) {
            throw new DicomFormatException(Problem.ABSURD_SIZE, start, "deflated data set of " + compressedLength + " bytes");
        }
        byte[] compressed = in.bytes((int) compressedLength);
        long cap = Math.min(BulkData.MAX_IN_MEMORY, Runtime.getRuntime().maxMemory() / 4);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, compressed.length * 4));
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0) {
                    if (inflater.needsInput()) {
                        break;
                    }
                    throw new DicomFormatException(Problem.BAD_VALUE, start + inflater.getBytesRead(),
                            "deflated data set is corrupt (inflater stalled)");
                }
                if (out.size() + (long) n > cap) {
                    throw new DicomFormatException(Problem.ABSURD_SIZE, start + inflater.getBytesRead(),
                            "deflated data set inflates to more than " + cap + " bytes");
                }
                out.write(chunk, 0, n);
            }
            return DicomInput.ofBytes(out.toByteArray(), start);
        } catch (DataFormatException e) {
            throw new DicomFormatException(Problem.BAD_VALUE, start + inflater.getBytesRead(),
                    "deflated data set is corrupt: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
