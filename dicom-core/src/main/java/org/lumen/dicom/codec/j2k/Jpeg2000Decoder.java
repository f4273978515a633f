package org.lumen.dicom.codec.j2k;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.stream.MemoryCacheImageInputStream;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.codec.DecodedFrame;
import org.lumen.dicom.codec.FrameDecoder;
import org.lumen.dicom.codec.FrameInfo;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReader;
import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;

/**
 * Decodes one frame of JPEG 2000 (transfer syntaxes 1.2.840.10008.1.2.4.90 lossless and .91
 * lossy) with jai-imageio's J2K reader, from the code stream (starting FF4F) to its raw raster.
 *
 * <p>Precision comes from the code stream (SIZ Ssiz); samples are read as two's complement only when
 * both the code stream and Pixel Representation say signed. Where they disagree (pydicom's
 * J2K_pixelrep_mismatch.dcm, an unsigned 13-bit code stream in a data set with Pixel Representation
 * 1) the stored value is the code stream's bit pattern (0x1830 for that file's first pixel), which is
 * what GDCM writes and what a reader of the stored values then interprets per Pixel Representation
 * and Bits Stored (-2000). A frame wrapped in a JP2 file instead of
 * a bare code stream (old GDCM, GDCMJ2K_TextGBR.dcm) is unwrapped, and tile-part counts that
 * understate the tile-parts present (the same file) are repaired before jai-imageio sees them. When COD asks for the multiple component transform, the reader
 * has already inverted the RCT or ICT, so a three-component frame comes back as {@code RGB}
 * whatever YBR_RCT or YBR_ICT label the data set gave it.
 *
 * <p>Stateless and thread-safe: each call uses its own reader.
 */
public final class Jpeg2000Decoder implements FrameDecoder {
    /** JPEG 2000 Image Compression (Lossless Only). */
    public static final String LOSSLESS_UID = "1.2.840.10008.1.2.4.90";
    /** JPEG 2000 Image Compression. */
    public static final String LOSSY_UID = "1.2.840.10008.1.2.4.91";
    private static final long HARD_LIMIT = 1L << 28;

    @Override
    public DecodedFrame decode(byte[] frame, FrameInfo info) throws DicomFormatException {
        byte[] bitstream = Jp2Boxes.isJp2(frame) ? Jp2Boxes.codestream(frame) : frame;
        CodestreamHeader header = CodestreamHeader.read(bitstream);
        if (header.width() != info.columns() || header.height() != info.rows()) {
            throw CodestreamHeader.bad(8, "JPEG 2000 image is " + header.height() + " x " + header.width()
                    + " but the data set says " + info.rows() + " x " + info.columns());
        }
        if (header.components() != info.samplesPerPixel()) {
            throw CodestreamHeader.bad(40, "JPEG 2000 code stream has " + header.components()
                    + " components but the data set says " + info.samplesPerPixel());
        }
        if (header.precision() > info.bitsAllocated()) {
            throw CodestreamHeader.bad(40, "JPEG 2000 precision " + header.precision() + " exceeds Bits Allocated "
                    + info.bitsAllocated());
        }
        long total = info.pixelsPerFrame() * header.components();
        if (total > Math.min(HARD_LIMIT, Runtime.getRuntime().maxMemory() / 16)) {
            throw CodestreamHeader.bad(8, "JPEG 2000 frame of " + total + " samples is too large to decode");
        }
        requireEndOfCodestream(bitstream);
        boolean signed = header.signed() && info.signed();
        int[] samples = RasterSamples.read(raster(TilePartCounts.repair(bitstream)), header, signed);
        String photometric = header.colourTransform() && header.components() == 3 ? "RGB" : info.photometric();
        return new DecodedFrame(header.width(), header.height(), header.components(), header.precision(),
                signed, samples, photometric);
    }

    /**
     * JPEG 2000 decoders accept a truncated code stream and show what its first packets hold; a
     * frame of DICOM must be whole, so its code stream must end with EOC (FFD9), before at most
     * three bytes of zero padding.
     */
    private static void requireEndOfCodestream(byte[] bitstream) throws DicomFormatException {
        int end = bitstream.length;
        while (end > bitstream.length - 3 && end > 0 && bitstream[end - 1] == 0) {
            end--;
        }
        if (end < 2 || bitstream[end - 2] != (byte) 0xFF || bitstream[end - 1] != (byte) 0xD9) {
            throw CodestreamHeader.bad(bitstream.length, "JPEG 2000 code stream does not end with EOC (FFD9): truncated");
        }
    }

    private static Raster raster(byte[] bitstream) throws DicomFormatException {
        J2KImageReader reader = new J2KImageReader(new J2KImageReaderSpi());
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bitstream))) {
            reader.setInput(in, true, true);
            return reader.readRaster(0, null);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // jai-imageio allocates from values it reads inside tiles: a corrupt one can ask for too much
            throw CodestreamHeader.bad(-1, "JPEG 2000 code stream cannot be decoded: " + e);
        } catch (Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            // JJ2000 reports unsupported or broken code streams with its own Error subclasses
            throw CodestreamHeader.bad(-1, "JPEG 2000 code stream cannot be decoded: " + e);
        } finally {
            reader.dispose();
        }
    }
}
