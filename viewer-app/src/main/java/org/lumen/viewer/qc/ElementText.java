package org.lumen.viewer.qc;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;
import org.lumen.dicom.dict.ElementDictionary;

/** How an element reads in the QC views: its tag, keyword and value as one line of text. */
final class ElementText {
    /** Values longer than this are cut, with the full length said. */
    static final int MAX_VALUE_CHARS = 512;

    private ElementText() {}

    static String tag(int tag) {
        return Tag.toString(tag);
    }

    /** The dictionary keyword; private tags and unknown ones say so. */
    static String keyword(int tag) {
        return ElementDictionary.lookup(tag).map(e -> e.keyword()).filter(k -> !k.isEmpty()).orElseGet(() -> Tag.isPrivate(tag)
                ? (Tag.element(tag) >= 0x10 && Tag.element(tag) <= 0xFF ? "(private creator)" : "(private)") : "(unknown)");
    }

    /**
     * The value as text: strings and numbers as the data set decodes them (values joined with a
     * backslash), sequences by item count, binary and bulk data by their length.
     */
    static String value(DataSet owner, DicomElement element) {
        Value v = element.value();
        String text;
        if (v instanceof Value.Sequence s) {
            text = s.items().size() + (s.items().size() == 1 ? " item" : " items");
        } else if (v instanceof Value.Fragments f) {
            text = "(encapsulated pixel data, " + f.fragments().size() + " fragments)";
        } else if (v instanceof Value.Bulk b) {
            text = "(bulk data, " + b.length() + " bytes)";
        } else if (element.vr() == VR.OB || element.vr() == VR.UN || element.vr() == VR.OW && v.length() > 64) {
            text = "(binary, " + v.length() + " bytes)";
        } else {
            text = String.join("\\", owner.getStrings(element.tag()));
            if (text.isEmpty() && v.length() > 0) {
                text = "(binary, " + v.length() + " bytes)";
            }
        }
        return text.length() > MAX_VALUE_CHARS ? text.substring(0, MAX_VALUE_CHARS) + "\u2026 (" + text.length() + " characters)" : text;
    }
}
