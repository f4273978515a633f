package org.lumen.dicom.sr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.VR;

/** Builds and reads SR content items (PS3.3 C.17.3) as sequence items; package-private helpers of the codecs. */
final class ContentItem {
    private ContentItem() {}

    static DataSet codeItem(Code code) {
        DataSet item = new DataSet();
        item.setString(SrTags.CodeValue, VR.SH, code.value());
        item.setString(SrTags.CodingSchemeDesignator, VR.SH, code.scheme());
        item.setString(SrTags.CodeMeaning, VR.LO, code.meaning());
        return item;
    }

    static Optional<Code> readCode(DataSet item) {
        Optional<String> value = item.getString(SrTags.CodeValue);
        Optional<String> scheme = item.getString(SrTags.CodingSchemeDesignator);
        if (value.isEmpty() || scheme.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Code(value.get(), scheme.get(), item.getString(SrTags.CodeMeaning, "")));
    }

    /** A content item with a value type, a concept name and (when not the root) a relationship to its parent. */
    static DataSet item(String relationship, String valueType, Code concept) {
        DataSet item = new DataSet();
        if (relationship != null) {
            item.setString(SrTags.RelationshipType, VR.CS, relationship);
        }
        item.setString(SrTags.ValueType, VR.CS, valueType);
        if (concept != null) {
            item.setSequence(SrTags.ConceptNameCodeSequence, List.of(codeItem(concept)));
        }
        return item;
    }

    static DataSet container(String relationship, Code concept, List<DataSet> children) {
        DataSet item = item(relationship, "CONTAINER", concept);
        item.setString(SrTags.ContinuityOfContent, VR.CS, "SEPARATE");
        item.setSequence(SrTags.ContentSequence, children);
        return item;
    }

    static DataSet text(String relationship, Code concept, String text) {
        return valued(relationship, "TEXT", concept, SrTags.TextValue, VR.UT, text);
    }

    static DataSet code(String relationship, Code concept, Code value) {
        DataSet item = item(relationship, "CODE", concept);
        item.setSequence(SrTags.ConceptCodeSequence, List.of(codeItem(value)));
        return item;
    }

    static DataSet uidref(String relationship, Code concept, String uid) {
        return valued(relationship, "UIDREF", concept, SrTags.UID, VR.UI, uid);
    }

    static DataSet pname(String relationship, Code concept, String name) {
        return valued(relationship, "PNAME", concept, SrTags.PersonName, VR.PN, name);
    }

    /** An item whose value is one string attribute (TEXT, UIDREF, PNAME). */
    private static DataSet valued(String relationship, String valueType, Code concept, int tag, VR vr, String value) {
        DataSet item = item(relationship, valueType, concept);
        item.setString(tag, vr, value);
        return item;
    }

    static DataSet image(String relationship, Code concept, ImageRef ref) {
        DataSet item = item(relationship, "IMAGE", concept);
        item.setSequence(SrTags.ReferencedSOPSequence, List.of(sopReference(ref)));
        return item;
    }

    static DataSet sopReference(ImageRef ref) {
        DataSet sop = new DataSet();
        sop.setString(org.lumen.dicom.Tag.ReferencedSOPClassUID, VR.UI, ref.sopClassUid());
        sop.setString(org.lumen.dicom.Tag.ReferencedSOPInstanceUID, VR.UI, ref.sopInstanceUid());
        if (ref.frame() > 0) {
            sop.setInt(SrTags.ReferencedFrameNumber, VR.IS, ref.frame());
        }
        return sop;
    }

    static DataSet num(String relationship, Code concept, double value, Code unit) {
        DataSet measured = new DataSet();
        measured.setDouble(SrTags.NumericValue, VR.DS, value);
        measured.setSequence(SrTags.MeasurementUnitsCodeSequence, List.of(codeItem(unit)));
        DataSet item = item(relationship, "NUM", concept);
        item.setSequence(SrTags.MeasuredValueSequence, List.of(measured));
        return item;
    }

    static String valueType(DataSet item) {
        return item.getString(SrTags.ValueType, "");
    }

    static Optional<Code> conceptName(DataSet item) {
        return item.getItem(SrTags.ConceptNameCodeSequence, 0).flatMap(ContentItem::readCode);
    }

    static boolean is(DataSet item, String valueType, Code concept) {
        return valueType.equals(valueType(item)) && conceptName(item).map(concept::sameConcept).orElse(false);
    }

    /** The direct children of an item with this value type and concept name. */
    static List<DataSet> children(DataSet parent, String valueType, Code concept) {
        List<DataSet> found = new ArrayList<>();
        for (DataSet child : parent.getSequence(SrTags.ContentSequence)) {
            if (is(child, valueType, concept)) {
                found.add(child);
            }
        }
        return found;
    }

    static Optional<DataSet> child(DataSet parent, String valueType, Code concept) {
        List<DataSet> found = children(parent, valueType, concept);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The referenced image of an IMAGE item; the series is not in the item and comes from the evidence. */
    static Optional<ImageRef> readImage(DataSet imageItem, Evidence evidence) throws StructuredReportException {
        Optional<DataSet> sop = imageItem.getItem(SrTags.ReferencedSOPSequence, 0);
        if (sop.isEmpty()) {
            return Optional.empty();
        }
        String instance = sop.get().getString(org.lumen.dicom.Tag.ReferencedSOPInstanceUID)
                .orElseThrow(() -> new StructuredReportException("an IMAGE item without a Referenced SOP Instance UID"));
        String sopClass = sop.get().getString(org.lumen.dicom.Tag.ReferencedSOPClassUID, "");
        return Optional.of(new ImageRef(evidence.seriesOf(instance), sopClass, instance,
                sop.get().getInt(SrTags.ReferencedFrameNumber, 0)));
    }
}
