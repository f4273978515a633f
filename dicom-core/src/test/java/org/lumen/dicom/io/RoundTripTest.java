package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.Value;

/**
 * Read, write in each native transfer syntax (and deflated), read again: the same values. dcmtk's
 * dcmdump parses every file written.
 */
class RoundTripTest {
    private static final List<TransferSyntax> NATIVE = List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
            TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);

    @TempDir
    Path temp;

    static Stream<Path> readableFiles() throws IOException {
        return PydicomCorpus.files().stream()
                .filter(f -> !PydicomCorpus.TRUNCATED.contains(f.getFileName().toString()));
    }

    /** The transfer syntaxes a file can be written in without transcoding its pixel data. */
    static List<TransferSyntax> targets(DicomFile file) {
        boolean encapsulated = file.dataSet().get(Tag.PixelData).map(DicomElement::value)
                .filter(Value.Fragments.class::isInstance).isPresent();
        return encapsulated ? List.of(file.transferSyntax()) : NATIVE;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileSurvivesEveryTransferSyntax() throws IOException {
        return readableFiles().map(file -> DynamicTest.dynamicTest(PydicomCorpus.DATA.relativize(file).toString(), () -> {
            DicomFile original = Part10Reader.read(file);
            for (TransferSyntax ts : targets(original)) {
                for (WriteOptions options : List.of(WriteOptions.DEFAULT, new WriteOptions(true))) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Part10Writer.write(new DicomFile(original.fileMeta(), original.dataSet(), ts), out, options);
                    DicomFile reread = Part10Reader.read(new ByteArrayInputStream(out.toByteArray()), ReadOptions.DEFAULT);
                    assertThat(reread.transferSyntax().uid()).isEqualTo(ts.uid());
                    assertThat(reread.fileMeta().getString(Tag.ImplementationClassUID)).contains(UID.LumenImplementationClass);
                    assertThat(reread.fileMeta().getString(Tag.MediaStorageSOPInstanceUID))
                            .isEqualTo(original.dataSet().getString(Tag.SOPInstanceUID)
                                    .or(() -> original.fileMeta().getString(Tag.MediaStorageSOPInstanceUID)));
                    Equivalence.assertEquivalent(original.dataSet(), reread.dataSet(), ts.explicitVr());
                }
            }
        }));
    }

    @Test
    void dcmdumpParsesEveryFileWritten() throws Exception {
        List<String> command = new ArrayList<>(List.of("dcmdump", "-M"));
        int written = 0;
        for (Path file : readableFiles().toList()) {
            DicomFile original = Part10Reader.read(file);
            for (TransferSyntax ts : targets(original)) {
                Path target = temp.resolve("f" + written++ + ".dcm");
                Part10Writer.write(new DicomFile(original.fileMeta(), original.dataSet(), ts), target);
                command.add(target.toString());
            }
        }
        List<String> complaints = dcmdumpComplaints(command, true);
        assertThat(written).isGreaterThan(400);
        List<String> originals = new ArrayList<>(List.of("dcmdump", "-M"));
        readableFiles().forEach(f -> originals.add(f.toString()));
        assertThat(complaints).as("complaints about files we wrote that dcmdump does not make about the originals")
                .isSubsetOf(dcmdumpComplaints(originals, false));
    }

    /** Warnings and errors dcmdump prints; fails when it must succeed and exits with an error. */
    private static List<String> dcmdumpComplaints(List<String> command, boolean mustSucceed) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        List<String> complaints = output.lines().filter(line -> line.startsWith("E: ") || line.startsWith("W: ")
                || line.toLowerCase(Locale.ROOT).contains("error")).distinct().toList();
        if (mustSucceed) {
            assertThat(exit).as(complaints.toString()).isZero();
        }
        return complaints;
    }

    @Test
    void bareDataSetIsWrittenWithoutPreambleOrMeta() throws Exception {
        DicomFile original = Part10Reader.read(PydicomCorpus.DATA.resolve("test_files/CT_small.dcm"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(original.dataSet(), TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, out);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 4, StandardCharsets.ISO_8859_1)).isNotEqualTo("DICM");
        DicomFile reread = Part10Reader.read(new ByteArrayInputStream(bytes), ReadOptions.DEFAULT);
        assertThat(reread.fileMeta().isEmpty()).isTrue();
        assertThat(reread.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        Equivalence.assertEquivalent(original.dataSet(), reread.dataSet(), true);
        Files.write(temp.resolve("bare.dcm"), bytes);
        Process process = new ProcessBuilder("dcmdump", "-f", "-tb", temp.resolve("bare.dcm").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
