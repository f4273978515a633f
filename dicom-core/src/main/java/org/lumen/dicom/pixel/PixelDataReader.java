package org.lumen.dicom.pixel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.Value;
import org.lumen.dicom.codec.FrameDecoder;
import org.lumen.dicom.codec.FrameInfo;

/**
 * Reads the stored pixel values of a data set frame by frame: native pixel data directly, encapsulated
 * pixel data through the {@link FrameDecoder} registered for its transfer syntax. Only one frame is
 * held in memory at a time; bulk values are read range by range from their file.
 *
 * <p>What is written ({@link #writeRaw}) is what {@code ./lumen dicom pixels} writes: the stored values
 * of all frames, little-endian, frame by frame, row by row, samples interleaved per pixel. Values are
 * written as stored, neither masked to Bits Stored nor sign-extended from the High Bit (dcmtk's
 * {@code dcmconv +te} and GDCM's {@code gdcmconv --raw} keep the bits above Bits Stored too). Native
 * YBR_FULL_422 is written as stored, Y1 Y2 Cb Cr per pair of pixels (2 samples per pixel of output),
 * with photometric YBR_FULL_422, again as both reference tools write it;
 * {@link org.lumen.dicom.lut.YbrConversions#upsample422} expands it.
 *
 * <p>Not thread-safe: use one reader per thread (they may share the data set read-only).
 */
public final class PixelDataReader {
    private final ImagePixelDescription description;
    private final String transferSyntaxUid;
    private final NativeFrames nativeFrames;
    private final EncapsulatedFrames encapsulated;
    private final FrameDecoder decoder;

    private PixelDataReader(ImagePixelDescription description, String transferSyntaxUid, NativeFrames nativeFrames,
            EncapsulatedFrames encapsulated, FrameDecoder decoder) {
        this.description = description;
        this.transferSyntaxUid = transferSyntaxUid;
        this.nativeFrames = nativeFrames;
        this.encapsulated = encapsulated;
        this.decoder = decoder;
    }

    /**
     * Prepares to read the pixel data of a data set.
     *
     * @param dataSet           the data set (after the file meta information)
     * @param transferSyntaxUid the transfer syntax it was encoded with
     * @param decoders          the codecs for encapsulated transfer syntaxes
     * @throws DicomFormatException {@code UNSUPPORTED_TRANSFER_SYNTAX} for an unknown transfer syntax or an
     *                              encapsulated one without a decoder; {@code BAD_PIXEL_DATA} when the
     *                              Image Pixel module contradicts itself or the pixel data;
     *                              {@code BAD_FRAGMENT} when fragments cannot be split into frames
     */
    public static PixelDataReader open(DataSet dataSet, String transferSyntaxUid, FrameDecoders decoders)
            throws DicomFormatException {
        Objects.requireNonNull(dataSet, "dataSet");
        Objects.requireNonNull(decoders, "decoders");
        String uid = FrameDecoders.trim(Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid"));
        ImagePixelDescription description = ImagePixelDescription.from(dataSet);
        DicomElement element = ImagePixelDescription.pixelDataElement(dataSet).orElseThrow();
        Optional<TransferSyntax> known = TransferSyntax.lookup(uid);
        if (element.value() instanceof Value.Fragments) {
            Optional<FrameDecoder> decoder = decoders.forTransferSyntax(uid);
            if (decoder.isPresent()) {
                return new PixelDataReader(description, uid, null, EncapsulatedFrames.of(dataSet, description.frames()), decoder.get());
            }
            if (known.isPresent() && !known.get().encapsulated()) {
                throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "pixel data is encapsulated but transfer syntax "
                        + uid + " is native");
            }
            throw new DicomFormatException(Problem.UNSUPPORTED_TRANSFER_SYNTAX, -1, known.isEmpty()
                    ? "unknown transfer syntax " + uid : "no decoder is registered for " + known.get().name() + " (" + uid + ")");
        }
        if (known.isEmpty()) {
            throw new DicomFormatException(Problem.UNSUPPORTED_TRANSFER_SYNTAX, -1, "unknown transfer syntax " + uid);
        }
        // Float and Double Float Pixel Data are always native, whatever the transfer syntax
        if (known.get().encapsulated() && !description.floatingPoint()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "transfer syntax " + uid
                    + " needs encapsulated pixel data, but it is native");
        }
        if (!(element.value() instanceof Value.Bytes) && !(element.value() instanceof Value.Bulk)) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "pixel data is a sequence");
        }
        NativeFrames frames = new NativeFrames(description, new ValueBytes(element.value()), element.vr());
        return new PixelDataReader(description, uid, frames, null, null);
    }

    public ImagePixelDescription description() {
        return description;
    }

    public String transferSyntaxUid() {
        return transferSyntaxUid;
    }

    public int frameCount() {
        return description.frames();
    }

    /** Reads and, where compressed, decodes one frame (from 0). */
    public StoredFrame readFrame(int index) throws IOException {
        if (index < 0 || index >= frameCount()) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frameCount());
        }
        if (nativeFrames != null) {
            return nativeFrames.frame(index);
        }
        FrameInfo info = new FrameInfo(description.rows(), description.columns(), description.samplesPerPixel(),
                description.bitsAllocated(), description.bitsStored(), description.signed(),
                description.photometricInterpretation(), description.planarConfiguration());
        return DecodedFrames.toStored(index, decoder.decode(encapsulated.bitstream(index), info), description);
    }

    /**
     * Writes the stored values of all frames, one frame at a time, and says what was written.
     *
     * @throws DicomFormatException {@code BAD_PIXEL_DATA} when frames decode to different photometric
     *                              interpretations
     */
    public RawPixelsSummary writeRaw(OutputStream out) throws IOException {
        String photometric = null;
        for (int i = 0; i < frameCount(); i++) {
            StoredFrame frame = readFrame(i);
            if (photometric == null) {
                photometric = frame.photometricInterpretation();
            } else if (!photometric.equals(frame.photometricInterpretation())) {
                throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "frame " + i + " decodes to "
                        + frame.photometricInterpretation() + " but frame 0 to " + photometric);
            }
            out.write(frame.data());
        }
        return new RawPixelsSummary(description.rows(), description.columns(), frameCount(), description.samplesPerPixel(),
                description.bitsAllocated(), description.pixelRepresentation(), photometric, transferSyntaxUid);
    }
}
