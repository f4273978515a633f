package org.lumen.dicom;

import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer syntax (PS3.5 section 10 and annex A): how a data set after the file meta information
 * is encoded, and whether its pixel data is encapsulated and lossy.
 *
 * @param uid          the transfer syntax UID
 * @param name         the name the standard gives it
 * @param explicitVr   true when each element header carries its VR
 * @param order        byte order of element headers and binary values
 * @param deflated     true when everything after the file meta information is deflated (RFC 1951)
 * @param encapsulated true when pixel data is held as fragments of a compressed bitstream
 * @param lossy        true when the compression may lose information
 */
public record TransferSyntax(String uid, String name, boolean explicitVr, ByteOrder order, boolean deflated,
        boolean encapsulated, boolean lossy) {

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = native_(UID.ImplicitVRLittleEndian, "Implicit VR Little Endian", false, ByteOrder.LITTLE_ENDIAN, false);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = native_(UID.ExplicitVRLittleEndian, "Explicit VR Little Endian", true, ByteOrder.LITTLE_ENDIAN, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = native_(UID.DeflatedExplicitVRLittleEndian, "Deflated Explicit VR Little Endian", true, ByteOrder.LITTLE_ENDIAN, true);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = native_(UID.ExplicitVRBigEndian, "Explicit VR Big Endian (retired)", true, ByteOrder.BIG_ENDIAN, false);
    public static final TransferSyntax JPEG_BASELINE = compressed(UID.JPEGBaseline8Bit, "JPEG Baseline (Process 1)", true);
    public static final TransferSyntax JPEG_EXTENDED = compressed(UID.JPEGExtended12Bit, "JPEG Extended (Process 2 & 4)", true);
    public static final TransferSyntax JPEG_LOSSLESS = compressed(UID.JPEGLossless, "JPEG Lossless, Non-Hierarchical (Process 14)", false);
    public static final TransferSyntax JPEG_LOSSLESS_SV1 = compressed(UID.JPEGLosslessSV1, "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", false);
    public static final TransferSyntax JPEG_LS_LOSSLESS = compressed(UID.JPEGLSLossless, "JPEG-LS Lossless Image Compression", false);
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS = compressed(UID.JPEGLSNearLossless, "JPEG-LS Lossy (Near-Lossless) Image Compression", true);
    public static final TransferSyntax JPEG_2000_LOSSLESS = compressed(UID.JPEG2000Lossless, "JPEG 2000 Image Compression (Lossless Only)", false);
    public static final TransferSyntax JPEG_2000 = compressed(UID.JPEG2000, "JPEG 2000 Image Compression", true);
    public static final TransferSyntax HTJ2K_LOSSLESS = compressed(UID.HTJ2KLossless, "High-Throughput JPEG 2000 Image Compression (Lossless Only)", false);
    public static final TransferSyntax HTJ2K_LOSSLESS_RPCL = compressed(UID.HTJ2KLosslessRPCL, "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)", false);
    public static final TransferSyntax HTJ2K = compressed(UID.HTJ2K, "High-Throughput JPEG 2000 Image Compression", true);
    public static final TransferSyntax RLE_LOSSLESS = compressed(UID.RLELossless, "RLE Lossless", false);

    private static final Map<String, TransferSyntax> KNOWN = new LinkedHashMap<>();

    static {
        for (TransferSyntax ts : new TransferSyntax[] {IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN,
                DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN, JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS,
                JPEG_LOSSLESS_SV1, JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS, JPEG_2000_LOSSLESS, JPEG_2000,
                HTJ2K_LOSSLESS, HTJ2K_LOSSLESS_RPCL, HTJ2K, RLE_LOSSLESS}) {
            KNOWN.put(ts.uid(), ts);
        }
    }

    public TransferSyntax {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(order, "order");
    }

    private static TransferSyntax native_(String uid, String name, boolean explicitVr, ByteOrder order, boolean deflated) {
        return new TransferSyntax(uid, name, explicitVr, order, deflated, false, false);
    }

    private static TransferSyntax compressed(String uid, String name, boolean lossy) {
        return new TransferSyntax(uid, name, true, ByteOrder.LITTLE_ENDIAN, false, true, lossy);
    }

    /** The transfer syntax with this UID, if this toolkit knows it. */
    public static Optional<TransferSyntax> lookup(String uid) {
        return Optional.ofNullable(KNOWN.get(uid == null ? null : uid.trim()));
    }

    public boolean isBigEndian() {
        return order == ByteOrder.BIG_ENDIAN;
    }
}
