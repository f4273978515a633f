package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/** Reads a whole body into memory under a size limit, checking a declared length first. */
final class SizedRead {
    private SizedRead() {}

    /** @param declared the declared length, or -1 when unknown */
    static byte[] read(InputStream in, long declared, int max) throws IOException {
        if (declared > max) {
            throw new DicomWebException(Problem.TOO_LARGE, "body of " + declared + " bytes exceeds " + max);
        }
        byte[] data = in.readNBytes(max);
        if (data.length == max && in.read() >= 0) {
            throw new DicomWebException(Problem.TOO_LARGE, "body exceeds " + max + " bytes");
        }
        if (declared >= 0 && data.length != declared) {
            throw new DicomWebException(Problem.TRUNCATED, "body has " + data.length + " of " + declared + " declared bytes");
        }
        return data;
    }
}
