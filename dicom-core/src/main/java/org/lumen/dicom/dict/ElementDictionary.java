package org.lumen.dicom.dict;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

/**
 * The DICOM data dictionary: keyword, name, VR and VM of every standard data element (PS3.6) and
 * command element (PS3.7), looked up by tag or by keyword. Repeating groups such as (60xx,3000)
 * and (50xx,xxxx) patterns are matched by mask; any group length (gggg,0000) is UL and any private
 * creator (gggg,0010-00FF) of an odd group is LO. The table is read once, on first use, from a
 * resource generated from the standard (see the package overview). Thread-safe.
 */
public final class ElementDictionary {
    private static final String GROUP_LENGTH = "GenericGroupLength";
    private static final String PRIVATE_CREATOR = "PrivateCreator";

    private ElementDictionary() {}

    /** The entry for a tag: an exact entry, a repeating group, a group length or a private creator. */
    public static Optional<DictionaryEntry> lookup(int tag) {
        DictionaryTable table = DictionaryTable.instance();
        DictionaryEntry exact = table.byTag.get(tag);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (Tag.isGroupLength(tag)) {
            return Optional.of(new DictionaryEntry(tag, 0xFFFFFFFF, GROUP_LENGTH, "Group Length", "UL", "1", false));
        }
        if (Tag.isPrivateCreator(tag)) {
            return Optional.of(new DictionaryEntry(tag, 0xFFFFFFFF, PRIVATE_CREATOR, "Private Creator", "LO", "1", false));
        }
        if (Tag.isPrivate(tag)) {
            return Optional.empty();
        }
        for (DictionaryEntry entry : table.repeating) {
            if (entry.matches(tag)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The entry with this keyword (case-sensitive, as PS3.6 spells it), for example {@code PatientName}. */
    public static Optional<DictionaryEntry> lookup(String keyword) {
        return Optional.ofNullable(DictionaryTable.instance().byKeyword.get(keyword));
    }

    /**
     * The VR to use for a tag when the encoding does not say (implicit VR): {@link VR#UN} when the
     * tag is unknown. Where the standard lists several VRs ("US or SS", "OB or OW",
     * "US or SS or OW") this returns the first one listed; a reader that knows the context (Pixel
     * Representation, Bits Allocated, the transfer syntax) should refine it from
     * {@link DictionaryEntry#vr()}.
     */
    public static VR vrOf(int tag) {
        return lookup(tag).map(entry -> firstVr(entry.vr())).orElse(VR.UN);
    }

    /** The keyword of a tag, or its hex spelling {@code (gggg,eeee)} when it has none. */
    public static String keywordOf(int tag) {
        return lookup(tag).map(DictionaryEntry::keyword).orElseGet(() -> Tag.toString(tag));
    }

    /** Every entry of the table (not the synthesised group-length and private-creator entries), in tag order. */
    public static List<DictionaryEntry> entries() {
        return DictionaryTable.instance().all;
    }

    static VR firstVr(String standardVr) {
        int space = standardVr.indexOf(' ');
        String first = space < 0 ? standardVr : standardVr.substring(0, space);
        return VR.fromCode(first.toUpperCase(Locale.ROOT)).orElse(VR.UN);
    }
}
