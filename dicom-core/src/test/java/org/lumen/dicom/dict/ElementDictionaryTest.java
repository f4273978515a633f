package org.lumen.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class ElementDictionaryTest {

    @Test
    void knowsCommonElements() {
        DictionaryEntry name = ElementDictionary.lookup(Tag.PatientName).orElseThrow();
        assertEquals("PatientName", name.keyword());
        assertEquals("Patient's Name", name.name());
        assertEquals("PN", name.vr());
        assertEquals("1", name.vm());
        assertFalse(name.retired());
        assertEquals(VR.US, ElementDictionary.vrOf(Tag.Rows));
        assertEquals("Rows", ElementDictionary.lookup(0x00280010).orElseThrow().keyword());
    }

    @Test
    void ambiguousVrKeepsTheStandardsTextAndPicksTheFirst() {
        DictionaryEntry pixels = ElementDictionary.lookup("PixelData").orElseThrow();
        assertEquals(Tag.PixelData, pixels.tag());
        assertEquals("OB or OW", pixels.vr());
        assertEquals(VR.OB, ElementDictionary.vrOf(Tag.PixelData));
        assertEquals("US or SS", ElementDictionary.lookup("SmallestImagePixelValue").orElseThrow().vr());
        assertEquals(VR.US, ElementDictionary.vrOf(0x00280106));
    }

    @Test
    void repeatingGroupsMatchByMask() {
        DictionaryEntry overlay = ElementDictionary.lookup(0x60023000).orElseThrow();
        assertEquals("OverlayData", overlay.keyword());
        assertEquals(0x60003000, overlay.tag());
        assertEquals(0xFF00FFFF, overlay.mask());
        assertEquals("(60xx,3000)", overlay.pattern());
        assertTrue(overlay.matches(0x60FE3000));
        assertEquals(VR.US, ElementDictionary.vrOf(0x601E0010));
        assertEquals("CurveData", ElementDictionary.lookup(0x50143000).orElseThrow().keyword());
        assertEquals("SourceImageIDs", ElementDictionary.lookup(0x002031AB).orElseThrow().keyword());
        // odd groups are private: no repeating entry applies
        assertTrue(ElementDictionary.lookup(0x60013000).isEmpty());
    }

    @Test
    void retiredElementsAreMarked() {
        DictionaryEntry entry = ElementDictionary.lookup(0x00080001).orElseThrow();
        assertEquals("LengthToEnd", entry.keyword());
        assertTrue(entry.retired());
        assertTrue(ElementDictionary.lookup("CommandLengthToEnd").orElseThrow().retired());
    }

    @Test
    void groupLengthsAndPrivateCreators() {
        assertEquals(VR.UL, ElementDictionary.vrOf(0x00090000));
        assertEquals(VR.UL, ElementDictionary.vrOf(0x00280000));
        assertEquals("CommandGroupLength", ElementDictionary.lookup(0x00000000).orElseThrow().keyword());
        assertEquals(VR.LO, ElementDictionary.vrOf(0x00290010));
        assertEquals(VR.LO, ElementDictionary.vrOf(0x001900FF));
        assertEquals(VR.UN, ElementDictionary.vrOf(0x00291010));
        assertEquals(VR.UN, ElementDictionary.vrOf(0x00280001));
    }

    @Test
    void commandAndMetaElements() {
        assertEquals(VR.US, ElementDictionary.vrOf(0x00000100));
        assertEquals("CommandField", ElementDictionary.keywordOf(0x00000100));
        assertEquals(VR.UI, ElementDictionary.vrOf(Tag.TransferSyntaxUID));
        assertEquals("(0029,1010)", ElementDictionary.keywordOf(0x00291010));
    }

    @Test
    void tableIsCompleteAndKeywordsAreUnique() {
        List<DictionaryEntry> entries = ElementDictionary.entries();
        assertTrue(entries.size() > 4000, "only " + entries.size() + " entries");
        Set<String> keywords = new HashSet<>();
        Set<Integer> tags = new HashSet<>();
        for (DictionaryEntry entry : entries) {
            assertTrue(keywords.add(entry.keyword()), "duplicate keyword " + entry.keyword());
            assertTrue(tags.add(entry.tag() ^ entry.mask()), "duplicate tag " + entry.pattern());
            assertEquals(entry, ElementDictionary.lookup(entry.keyword()).orElseThrow());
            for (String vr : entry.vr().split(" or ")) {
                assertTrue(VR.fromCode(vr).isPresent(), entry.keyword() + " has unknown VR " + entry.vr());
            }
        }
        assertTrue(ElementDictionary.lookup("NoSuchKeyword").isEmpty());
    }
}
