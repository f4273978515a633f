package org.lumen.dicom.dict;

import java.util.Objects;

/**
 * One row of the Registry of DICOM Data Elements (PS3.6) or of the command elements (PS3.7).
 *
 * @param tag     the tag, with the repeating digits set to zero for a repeating entry
 *                (for example {@code 0x60003000} for (60xx,3000))
 * @param mask    the bits of a tag that must equal {@code tag}: {@code 0xFFFFFFFF} for an ordinary
 *                entry, {@code 0xFF00FFFF} for (60xx,3000)
 * @param keyword the keyword of PS3.6, for example {@code PatientName}
 * @param name    the name of PS3.6, for example {@code Patient's Name}
 * @param vr      the VR as the standard writes it, possibly ambiguous: {@code "US or SS"}
 * @param vm      the value multiplicity as the standard writes it: {@code "1"}, {@code "1-n"}, {@code "2-2n"}
 * @param retired true when the standard marks the element RET
 */
public record DictionaryEntry(int tag, int mask, String keyword, String name, String vr, String vm, boolean retired) {
    public DictionaryEntry {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vr, "vr");
        Objects.requireNonNull(vm, "vm");
        if (keyword.isBlank() || vr.isBlank() || vm.isBlank()) {
            throw new IllegalArgumentException("blank keyword, VR or VM for " + String.format("%08X", tag));
        }
        if ((tag & ~mask) != 0) {
            throw new IllegalArgumentException(String.format("tag %08X has bits outside its mask %08X", tag, mask));
        }
    }

    /** True when this entry stands for several tags, as (60xx,3000) or (0020,31xx) do. */
    public boolean isRepeating() {
        return mask != 0xFFFFFFFF;
    }

    /** True when {@code candidate} is this entry's tag or one of the tags its repeating pattern covers. */
    public boolean matches(int candidate) {
        return (candidate & mask) == tag;
    }

    /** The tag as PS3.6 writes it, with {@code x} for the repeating digits: {@code (60xx,3000)}. */
    public String pattern() {
        StringBuilder text = new StringBuilder("(");
        for (int digit = 7; digit >= 0; digit--) {
            int shift = digit * 4;
            text.append(((mask >>> shift) & 0xF) == 0 ? 'x' : Character.toUpperCase(Character.forDigit((tag >>> shift) & 0xF, 16)));
            if (digit == 4) {
                text.append(',');
            }
        }
        return text.append(')').toString();
    }
}
