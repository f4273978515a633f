package org.lumen.dicom.pixel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;

/**
 * What the Image Pixel module (PS3.3 C.7.6.3) says the pixel data of a data set holds, checked for
 * contradictions.
 *
 * @param rows                      Rows (0028,0010)
 * @param columns                   Columns (0028,0011)
 * @param frames                    Number of Frames (0028,0008), 1 when absent
 * @param samplesPerPixel           Samples per Pixel (0028,0002)
 * @param bitsAllocated             Bits Allocated (0028,0100): 1, 8, 16 or 32 for integer pixel data,
 *                                  32 for Float Pixel Data, 64 for Double Float Pixel Data
 * @param bitsStored                Bits Stored (0028,0101); for float data equal to Bits Allocated when absent
 * @param highBit                   High Bit (0028,0102); Bits Stored - 1 when absent
 * @param pixelRepresentation       0 unsigned, 1 two's complement
 * @param photometricInterpretation Photometric Interpretation (0028,0004), upper case, trimmed
 * @param planarConfiguration       0 interleaved, 1 colour-by-plane (only meaningful for several samples)
 * @param pixelDataTag              the tag that holds the pixels: Pixel Data, Float Pixel Data or Double
 *                                  Float Pixel Data
 */
public record ImagePixelDescription(int rows, int columns, int frames, int samplesPerPixel, int bitsAllocated,
        int bitsStored, int highBit, int pixelRepresentation, String photometricInterpretation,
        int planarConfiguration, int pixelDataTag) {

    /** Frames larger than this many bytes (unpacked) are refused: a frame must fit in one Java array. */
    public static final long MAX_FRAME_BYTES = BulkData.MAX_IN_MEMORY;

    public ImagePixelDescription {
        Objects.requireNonNull(photometricInterpretation, "photometricInterpretation");
        if (rows < 1 || rows > 0xFFFF || columns < 1 || columns > 0xFFFF) {
            throw new IllegalArgumentException("rows and columns must be 1..65535: " + rows + " x " + columns);
        }
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be positive: " + frames);
        }
        if (samplesPerPixel < 1 || samplesPerPixel > 4) {
            throw new IllegalArgumentException("samples per pixel must be 1..4: " + samplesPerPixel);
        }
        if (!List.of(1, 8, 16, 32, 64).contains(bitsAllocated)) {
            throw new IllegalArgumentException("bits allocated must be 1, 8, 16, 32 or 64: " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated) {
            throw new IllegalArgumentException("bits stored " + bitsStored + " / high bit " + highBit
                    + " do not fit in " + bitsAllocated + " bits allocated");
        }
        if (pixelRepresentation != 0 && pixelRepresentation != 1) {
            throw new IllegalArgumentException("pixel representation must be 0 or 1: " + pixelRepresentation);
        }
        if (planarConfiguration != 0 && planarConfiguration != 1) {
            throw new IllegalArgumentException("planar configuration must be 0 or 1: " + planarConfiguration);
        }
        if (pixelDataTag != Tag.PixelData && pixelDataTag != Tag.FloatPixelData && pixelDataTag != Tag.DoubleFloatPixelData) {
            throw new IllegalArgumentException("not a pixel data tag: " + Tag.toString(pixelDataTag));
        }
        if (pixelDataTag == Tag.FloatPixelData && bitsAllocated != 32
                || pixelDataTag == Tag.DoubleFloatPixelData && bitsAllocated != 64
                || pixelDataTag == Tag.PixelData && bitsAllocated == 64) {
            throw new IllegalArgumentException(bitsAllocated + " bits allocated do not match " + Tag.toString(pixelDataTag));
        }
        if (isYbr422() && (columns & 1) != 0) {
            throw new IllegalArgumentException("YBR_FULL_422 needs an even number of columns: " + columns);
        }
    }

    /**
     * Reads and checks the Image Pixel module of a data set.
     *
     * @throws DicomFormatException {@code BAD_PIXEL_DATA} when there is no pixel data, an attribute is
     *                              missing or the attributes contradict each other; {@code ABSURD_SIZE}
     *                              when one frame would not fit in memory
     */
    public static ImagePixelDescription from(DataSet dataSet) throws DicomFormatException {
        Optional<DicomElement> pixels = pixelDataElement(dataSet);
        if (pixels.isEmpty()) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "the data set has no pixel data");
        }
        int tag = pixels.get().tag();
        boolean floats = tag != Tag.PixelData;
        int rows = required(dataSet, Tag.Rows, "Rows");
        int columns = required(dataSet, Tag.Columns, "Columns");
        int samples = dataSet.getInt(Tag.SamplesPerPixel, 1);
        int bitsAllocated = required(dataSet, Tag.BitsAllocated, "Bits Allocated");
        int bitsStored = floats ? dataSet.getInt(Tag.BitsStored, bitsAllocated) : required(dataSet, Tag.BitsStored, "Bits Stored");
        int highBit = dataSet.getInt(Tag.HighBit, bitsStored - 1);
        int representation = floats ? dataSet.getInt(Tag.PixelRepresentation, 0) : required(dataSet, Tag.PixelRepresentation, "Pixel Representation");
        String photometric = dataSet.getString(Tag.PhotometricInterpretation)
                .map(s -> s.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "Photometric Interpretation is missing"));
        int planar = samples > 1 ? dataSet.getInt(Tag.PlanarConfiguration, 0) : 0;
        int frames = numberOfFrames(dataSet);
        ImagePixelDescription description;
        try {
            description = new ImagePixelDescription(rows, columns, frames, samples, bitsAllocated, bitsStored, highBit,
                    representation, photometric, planar, tag);
        } catch (IllegalArgumentException e) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, e.getMessage(), e);
        }
        if (description.frameBytes() > MAX_FRAME_BYTES) {
            throw new DicomFormatException(Problem.ABSURD_SIZE, -1, "one frame of " + rows + " x " + columns + " x "
                    + samples + " samples of " + bitsAllocated + " bits is too large to hold in memory");
        }
        return description;
    }

    /** The element that holds the pixels: Pixel Data, else Float Pixel Data, else Double Float Pixel Data. */
    static Optional<DicomElement> pixelDataElement(DataSet dataSet) {
        return dataSet.get(Tag.PixelData).or(() -> dataSet.get(Tag.FloatPixelData)).or(() -> dataSet.get(Tag.DoubleFloatPixelData));
    }

    private static int required(DataSet dataSet, int tag, String name) throws DicomFormatException {
        int[] values = dataSet.getInts(tag);
        if (values.length == 0) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, name + " " + Tag.toString(tag) + " is missing or empty");
        }
        return values[0];
    }

    private static int numberOfFrames(DataSet dataSet) throws DicomFormatException {
        Optional<DicomElement> element = dataSet.get(Tag.NumberOfFrames);
        if (element.isEmpty() || !element.get().vr().isString()) {
            return dataSet.getInt(Tag.NumberOfFrames, 1);
        }
        List<String> texts = dataSet.getStrings(Tag.NumberOfFrames);
        String text = texts.isEmpty() ? "" : texts.get(0);
        if (text.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw new DicomFormatException(Problem.BAD_PIXEL_DATA, -1, "Number of Frames (0028,0008) is not an integer: '" + text + "'", e);
        }
    }

    /** Whether samples are two's complement integers. */
    public boolean signed() {
        return pixelRepresentation == 1;
    }

    /** Whether samples are IEEE floats (Float or Double Float Pixel Data). */
    public boolean floatingPoint() {
        return pixelDataTag != Tag.PixelData;
    }

    /** Whether the native encoding packs two Y then Cb Cr per pair of pixels (PS3.3 C.7.6.3.1.2). */
    public boolean isYbr422() {
        return "YBR_FULL_422".equals(photometricInterpretation) && samplesPerPixel == 3;
    }

    /** Samples of one frame as stored natively (YBR_FULL_422 stores two samples per pixel). */
    public long samplesPerFrame() {
        long pixels = (long) rows * columns;
        return isYbr422() ? pixels * 2 : pixels * samplesPerPixel;
    }

    /** Bits of one frame in the native encoding. */
    public long frameBits() {
        return samplesPerFrame() * bitsAllocated;
    }

    /** Bytes of one frame as written by {@code pixels}: 1-bit samples take one byte each. */
    public long frameBytes() {
        return samplesPerFrame() * bytesPerSample();
    }

    /** Bytes one output sample takes: 1 for 1-bit and 8-bit data, else Bits Allocated / 8. */
    public int bytesPerSample() {
        return bitsAllocated == 1 ? 1 : bitsAllocated / 8;
    }
}
