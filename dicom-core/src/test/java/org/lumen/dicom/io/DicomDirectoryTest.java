package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;

/** DICOMDIR trees against pydicom's, for each variant of pydicom's test DICOMDIRs. */
class DicomDirectoryTest {
    private static final Path DIRS = PydicomCorpus.DATA.resolve("test_files/dicomdirtests");

    @Test
    void treesFollowTheOffsetsAsPydicomDoes() throws Exception {
        List<Path> files = List.of(DIRS.resolve("DICOMDIR"), DIRS.resolve("DICOMDIR-bigEnd"),
                DIRS.resolve("DICOMDIR-implicit"), DIRS.resolve("DICOMDIR-reordered"), DIRS.resolve("TINY_ALPHA/DICOMDIR"));
        Map<Path, Map<String, Object>> reference = PydicomCorpus.run(files);
        for (Path file : files) {
            DicomDirectory directory = DicomDirectory.read(file);
            Object expected = reference.get(file).get("patients");
            assertThat(tree(directory.roots())).as(file.toString()).isEqualTo(expected);
            assertThat(directory.allRecords()).as(file + " records")
                    .hasSize(directory.file().dataSet().getSequence(Tag.DirectoryRecordSequence).size());
        }
    }

    @Test
    void standardDicomdirImagesReferenceTheirFiles() throws Exception {
        DicomDirectory directory = DicomDirectory.read(DIRS.resolve("DICOMDIR"));
        assertThat(directory.roots()).extracting(DirectoryRecord::type).containsExactly("PATIENT", "PATIENT");
        List<DirectoryRecord> images = directory.allRecords().stream().filter(r -> r.type().equals("IMAGE")).toList();
        assertThat(images).hasSize((int) directory.file().dataSet().getSequence(Tag.DirectoryRecordSequence).stream()
                .filter(item -> item.getString(Tag.DirectoryRecordType, "").equals("IMAGE")).count()).isNotEmpty();
        for (DirectoryRecord image : images) {
            assertThat(image.referencedFile()).isPresent();
            assertThat(Files.isRegularFile(image.referencedFile().orElseThrow())).as(image.referencedFile().toString()).isTrue();
            assertThat(Part10Reader.read(image.referencedFile().orElseThrow()).dataSet().getString(Tag.SOPInstanceUID))
                    .isEqualTo(image.dataSet().getString(Tag.ReferencedSOPInstanceUIDInFile));
        }
    }

    @Test
    void withoutOffsetsTheRecordsNestByOrderAndType() throws Exception {
        DicomDirectory standard = DicomDirectory.read(DIRS.resolve("DICOMDIR"));
        DicomDirectory noOffset = DicomDirectory.read(DIRS.resolve("DICOMDIR-nooffset"));
        assertThat(tree(noOffset.roots())).isEqualTo(tree(standard.roots()));
    }

    @Test
    void wrongRootOffsetFallsBackToTheRecordsNoOtherPointsTo() throws Exception {
        // DICOMDIR-nopatient: records reordered, patients typed UNKNOWN, root offset pointing at an IMAGE
        DicomDirectory directory = DicomDirectory.read(DIRS.resolve("DICOMDIR-nopatient"));
        DicomDirectory standard = DicomDirectory.read(DIRS.resolve("DICOMDIR"));
        assertThat(directory.roots()).extracting(DirectoryRecord::type).containsExactly("UNKNOWN", "UNKNOWN");
        assertThat(directory.allRecords()).hasSameSizeAs(standard.allRecords());
        assertThat(directory.roots().get(0).children()).extracting(DirectoryRecord::type).containsOnly("STUDY");
    }

    @Test
    void emptyDicomdirHasNoRecords() throws Exception {
        DicomDirectory directory = DicomDirectory.read(DIRS.resolve("DICOMDIR-empty.dcm"));
        assertThat(directory.roots()).isEmpty();
        assertThat(directory.file().dataSet().contains(Tag.DirectoryRecordSequence)).isTrue();
    }

    @Test
    void fileIdsThatClimbOutOfTheFolderAreIgnored(@TempDir Path temp) throws Exception {
        DataSet dataSet = new DataSet();
        dataSet.setString(Tag.SOPClassUID, VR.UI, UID.MediaStorageDirectoryStorage);
        DataSet inside = new DataSet()
                .setString(Tag.DirectoryRecordType, VR.CS, "IMAGE")
                .setString(Tag.ReferencedFileID, VR.CS, "A", "B");
        DataSet outside = new DataSet()
                .setString(Tag.DirectoryRecordType, VR.CS, "IMAGE")
                .setString(Tag.ReferencedFileID, VR.CS, "..", "..", "ETC", "PASSWD");
        dataSet.setSequence(Tag.DirectoryRecordSequence, List.of(inside, outside));
        Path dicomdir = temp.resolve("DICOMDIR");
        Part10Writer.write(DicomFile.of(dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), dicomdir);
        List<DirectoryRecord> records = DicomDirectory.read(dicomdir).allRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).referencedFile()).contains(temp.toAbsolutePath().resolve("A").resolve("B"));
        assertThat(records.get(1).referencedFile()).isEmpty();
    }

    @Test
    void aFileWithoutDirectoryRecordSequenceIsNoDicomdir() {
        assertThatThrownBy(() -> DicomDirectory.read(PydicomCorpus.DATA.resolve("test_files/CT_small.dcm")))
                .isInstanceOfSatisfying(DicomFormatException.class,
                        e -> assertThat(e.problem()).isEqualTo(DicomFormatException.Problem.BAD_VALUE));
    }

    /** The record tree as pydicom's JSON spells it: type and children. */
    private static List<Map<String, Object>> tree(List<DirectoryRecord> records) {
        return records.stream().map(r -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("type", r.type());
            node.put("children", tree(r.children()));
            return node;
        }).toList();
    }
}
