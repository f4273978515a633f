package org.lumen.dicom.lut;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.Tag;
import org.lumen.dicom.Value;

/**
 * Reads the LUT building blocks from a data set's attributes: the Modality LUT module (C.11.1), the
 * VOI LUT module (C.11.2) and the Presentation LUT (C.11.4, C.11.6). Stateless.
 */
public final class LutAttributes {
    private LutAttributes() {}

    /**
     * The Modality LUT: the first Modality LUT Sequence item when present, else Rescale Slope and
     * Intercept, else the identity. The first mapped value is signed when Pixel Representation is 1.
     */
    public static ModalityLut modalityLut(DataSet dataSet) throws DicomFormatException {
        Optional<DataSet> item = firstItem(dataSet, Tag.ModalityLUTSequence);
        if (item.isPresent()) {
            return new ModalityLut.Table(table(item.get(), dataSet.getInt(Tag.PixelRepresentation, 0) == 1));
        }
        double slope = dataSet.getDouble(Tag.RescaleSlope, 1);
        double intercept = dataSet.getDouble(Tag.RescaleIntercept, 0);
        try {
            return new ModalityLut.Rescale(slope, intercept);
        } catch (IllegalArgumentException e) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, e.getMessage(), e);
        }
    }

    /**
     * The VOI LUTs a user may choose from, in order: one per Window Center / Width pair (with the VOI LUT
     * Function), then one per VOI LUT Sequence item. Pairs with a width the function does not allow are
     * skipped. The first mapped value of a VOI LUT is signed when {@code modalitySigned}.
     */
    public static List<VoiLut> voiLuts(DataSet dataSet, boolean modalitySigned) throws DicomFormatException {
        List<VoiLut> luts = new ArrayList<>();
        double[] centers = dataSet.getDoubles(Tag.WindowCenter);
        double[] widths = dataSet.getDoubles(Tag.WindowWidth);
        String code = dataSet.getString(Tag.VOILUTFunction, "LINEAR");
        VoiFunction function = VoiFunction.fromCode(code).orElseThrow(() -> new DicomFormatException(Problem.BAD_VALUE, -1,
                "unknown VOI LUT Function '" + code + "'"));
        for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
            try {
                luts.add(new WindowTransform(centers[i], widths[i], function));
            } catch (IllegalArgumentException e) {
                // a width the function does not allow names no usable window: skipped, as documented
            }
        }
        if (dataSet.get(Tag.VOILUTSequence).orElse(null) instanceof DicomElement element
                && element.value() instanceof Value.Sequence sequence) {
            for (DataSet item : sequence.items()) {
                luts.add(new VoiLut.Table(table(item, modalitySigned)));
            }
        }
        return List.copyOf(luts);
    }

    /**
     * The Presentation LUT: a Presentation LUT Sequence item, else the Presentation LUT Shape, else the
     * default for the photometric interpretation (INVERSE for MONOCHROME1).
     */
    public static PresentationLut presentationLut(DataSet dataSet) throws DicomFormatException {
        Optional<DataSet> item = firstItem(dataSet, Tag.PresentationLUTSequence);
        if (item.isPresent()) {
            return new PresentationLut.Table(table(item.get(), false));
        }
        Optional<String> shape = dataSet.getString(Tag.PresentationLUTShape);
        if (shape.isPresent()) {
            try {
                return PresentationLut.Shape.valueOf(shape.get().trim());
            } catch (IllegalArgumentException e) {
                throw new DicomFormatException(Problem.BAD_VALUE, -1, "unknown Presentation LUT Shape '" + shape.get() + "'", e);
            }
        }
        return PresentationLut.defaultFor(dataSet.getString(Tag.PhotometricInterpretation, "MONOCHROME2"));
    }

    private static Optional<DataSet> firstItem(DataSet dataSet, int tag) {
        return dataSet.get(tag).map(DicomElement::value).filter(Value.Sequence.class::isInstance)
                .map(Value.Sequence.class::cast).filter(s -> !s.items().isEmpty()).map(s -> s.items().get(0));
    }

    private static LookupTable table(DataSet item, boolean firstSigned) throws DicomFormatException {
        int[] descriptor = item.getInts(Tag.LUTDescriptor);
        DicomElement data = item.get(Tag.LUTData).orElseThrow(() -> new DicomFormatException(Problem.BAD_VALUE, -1,
                "a LUT item has no LUT Data (0028,3006)"));
        if (!(data.value() instanceof Value.Bytes bytes)) {
            throw new DicomFormatException(Problem.BAD_VALUE, -1, "LUT Data (0028,3006) is not held in memory as bytes");
        }
        ByteOrder order = bytes.order();
        return LookupTable.fromDescriptor(descriptor, firstSigned, bytes.data(), order);
    }
}
