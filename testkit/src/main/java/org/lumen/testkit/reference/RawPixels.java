package org.lumen.testkit.reference;

import java.util.Arrays;
import java.util.Objects;

/**
 * The Pixel Data bytes of an uncompressed file, exactly as stored, with the attributes needed to
 * interpret them. Bytes are little endian (only little-endian transfer syntaxes are accepted).
 *
 * @param rows                      (0028,0010)
 * @param columns                   (0028,0011)
 * @param samplesPerPixel           (0028,0002)
 * @param bitsAllocated             (0028,0100)
 * @param bitsStored                (0028,0101)
 * @param highBit                   (0028,0102)
 * @param pixelRepresentation       (0028,0103): 0 unsigned, 1 two's complement
 * @param planarConfiguration       (0028,0006), 0 when absent
 * @param numberOfFrames            (0028,0008), 1 when absent
 * @param photometricInterpretation (0028,0004)
 * @param transferSyntaxUid         the file's transfer syntax
 * @param data                      the Pixel Data value; copied in and out
 */
public record RawPixels(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored, int highBit,
                        int pixelRepresentation, int planarConfiguration, int numberOfFrames,
                        String photometricInterpretation, String transferSyntaxUid, byte[] data) {

    /** Validates the attributes and copies the bytes. */
    public RawPixels {
        if (rows <= 0 || columns <= 0 || samplesPerPixel <= 0 || numberOfFrames <= 0) {
            throw new IllegalArgumentException("non-positive dimension: rows " + rows + ", columns " + columns
                    + ", samples " + samplesPerPixel + ", frames " + numberOfFrames);
        }
        if (bitsAllocated <= 0 || bitsStored <= 0 || bitsStored > bitsAllocated || highBit >= bitsAllocated) {
            throw new IllegalArgumentException("inconsistent bits: allocated " + bitsAllocated + ", stored "
                    + bitsStored + ", high bit " + highBit);
        }
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid");
        data = data.clone();
    }

    /** A copy of the Pixel Data bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Number of Pixel Data bytes. */
    public int length() {
        return data.length;
    }

    /** Bytes the attributes call for, before the even-length padding byte: frames x rows x columns x samples x bits. */
    public long expectedLength() {
        long bits = (long) numberOfFrames * rows * columns * samplesPerPixel * bitsAllocated;
        return (bits + 7) / 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawPixels r && rows == r.rows && columns == r.columns && samplesPerPixel == r.samplesPerPixel
                && bitsAllocated == r.bitsAllocated && bitsStored == r.bitsStored && highBit == r.highBit
                && pixelRepresentation == r.pixelRepresentation && planarConfiguration == r.planarConfiguration
                && numberOfFrames == r.numberOfFrames && photometricInterpretation.equals(r.photometricInterpretation)
                && transferSyntaxUid.equals(r.transferSyntaxUid) && Arrays.equals(data, r.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, columns, samplesPerPixel, bitsAllocated, numberOfFrames, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "RawPixels[" + numberOfFrames + "x" + rows + "x" + columns + "x" + samplesPerPixel + ", "
                + bitsStored + "/" + bitsAllocated + " bits, " + photometricInterpretation + ", " + data.length + " bytes]";
    }
}
