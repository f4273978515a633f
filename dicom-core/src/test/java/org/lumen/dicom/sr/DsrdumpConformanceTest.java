package org.lumen.dicom.sr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;

/**
 * dcmtk's dsrdump (an independent SR implementation, Debian package dcmtk) parses what we write,
 * finds no error, and shows the expected tree. Skipped where dcmtk is not installed.
 */
class DsrdumpConformanceTest {
    private static final Path DSRDUMP = Path.of("/usr/bin/dsrdump");

    private static final java.util.regex.Pattern KNOWN_DCMTK_LIMITS = java.util.regex.Pattern.compile(
            "VR checker does not support this Specific Character Set: ISO_IR 192|template constraints not yet supported");

    @TempDir
    Path dir;

    private String dump(DataSet ds) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(DSRDUMP), "dcmtk's dsrdump is not installed");
        Path file = dir.resolve("doc.dcm");
        Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
        Process p = new ProcessBuilder(DSRDUMP.toString(), "+Pc", "+Pt", "+Pl", "+Pu", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // dcmtk 3.6.7 warns that it cannot check VRs in UTF-8 and that it has no template checks: its limits, not ours
        assertThat(out.lines().filter(line -> line.startsWith("E:") || line.startsWith("F:")
                || line.startsWith("W:") && !KNOWN_DCMTK_LIMITS.matcher(line).find()))
                .as(out).isEmpty();
        return out;
    }

    @Test
    void theMeasurementReportParsesWithTheExpectedTree() throws Exception {
        String out = dump(MeasurementReportCodec.write(SrSamples.measurements()));
        assertThat(out).contains("Comprehensive SR Document")
                .contains("<CONTAINER:(126000,DCM,\"Imaging Measurement Report\")=SEPARATE>  # TID 1500 (DCMR)")
                .contains("<contains CONTAINER:(125007,DCM,\"Measurement Group\")=SEPARATE>")
                .contains("<has obs context TEXT:(112039,DCM,\"Tracking Identifier\")=\"Length 1\">")
                .contains("<contains SCOORD:(111030,DCM,\"Image Region\")=(POLYLINE,100.5/120.25,180.5/160.75)>")
                .contains("<contains SCOORD:(111030,DCM,\"Image Region\")=(ELLIPSE,200/250,260/250,230/230,230/270)>")
                .contains("<contains NUM:(410668003,SCT,\"Length\")=\"62.37\" (mm,UCUM,\"millimeter\")>")
                .contains("<contains NUM:(373098007,SCT,\"Mean\")=\"43.2\" ([hnsf'U],UCUM,\"Hounsfield unit\")>")
                .contains("<selected from IMAGE:=(CT image,\"2.25.3000012\")>")
                .contains("<selected from IMAGE:=(CTe image,\"2.25.3100000\",7)>");
        assertThat(out.lines().filter(line -> line.contains("(125007,DCM,\"Measurement Group\")"))).hasSize(4);
    }

    @Test
    void theKeyObjectSelectionParsesWithTheExpectedTree() throws Exception {
        String out = dump(KeyObjectCodec.write(SrSamples.keyImages()));
        assertThat(out).contains("Key Object Selection Document")
                .contains("<CONTAINER:(113000,DCM,\"Of Interest\")=SEPARATE>  # TID 2010 (DCMR)")
                .contains("<has obs context PNAME:(121008,DCM,\"Person Observer Name\")=\"Reader^Anna\">")
                .contains("<contains TEXT:(113012,DCM,\"Key Object Description\")=\"nodule, right upper lobe\">")
                .contains("<contains IMAGE:=(CT image,\"2.25.3000040\")>")
                .contains("<contains IMAGE:=(CTe image,\"2.25.3100000\",7)>");
    }
}
