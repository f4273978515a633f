package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.data.PydicomCorpus;
import picocli.CommandLine;

/** The {@code lumen dicom} commands as a script uses them: output, exit codes and one-line errors. */
class DicomCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = LumenCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void pixelsWritesStoredValuesAndDescribesThemInOneJsonLine() throws Exception {
        Path raw = dir.resolve("ct.raw");
        int code = run("dicom", "pixels", PydicomCorpus.testFile("CT_small.dcm").toString(), raw.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().strip().lines()).hasSize(1);
        JsonNode summary = JSON.readTree(out.toString());
        assertThat(summary.get("rows").asInt()).isEqualTo(128);
        assertThat(summary.get("columns").asInt()).isEqualTo(128);
        assertThat(summary.get("frames").asInt()).isEqualTo(1);
        assertThat(summary.get("bitsAllocated").asInt()).isEqualTo(16);
        assertThat(summary.get("pixelRepresentation").asInt()).isEqualTo(1);
        assertThat(summary.get("photometricInterpretation").asText()).isEqualTo("MONOCHROME2");
        assertThat(summary.get("transferSyntaxUID").asText()).isEqualTo("1.2.840.10008.1.2.1");
        assertThat(Files.size(raw)).isEqualTo(128 * 128 * 2);
    }

    @Test
    void jsonPrintsTheDataSetWithoutPixelData() throws Exception {
        int code = run("dicom", "json", "--compact", PydicomCorpus.testFile("CT_small.dcm").toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode dataSet = JSON.readTree(out.toString());
        assertThat(dataSet.get("00100010").get("vr").asText()).isEqualTo("PN");
        assertThat(dataSet.get("00100010").get("Value").get(0).get("Alphabetic").asText()).isEqualTo("CompressedSamples^CT1");
        assertThat(dataSet.has("7FE00010")).isFalse();
    }

    @Test
    void badInputExitsWithOneLineNamingTheProblemAndOffset() throws Exception {
        Path truncated = dir.resolve("truncated.dcm");
        byte[] whole = Files.readAllBytes(PydicomCorpus.testFile("CT_small.dcm"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, 1000));
        Path raw = dir.resolve("out.raw");
        int code = run("dicom", "pixels", truncated.toString(), raw.toString());
        assertThat(code).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("lumen: ").contains("byte offset");
        assertThat(raw).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void missingFileAndUsageErrorsHaveTheirOwnExitCodes() {
        assertThat(run("dicom", "json", dir.resolve("nothing.dcm").toString())).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(err.toString()).contains("no such file");
        assertThat(run("dicom", "pixels")).isEqualTo(LumenCommand.USAGE);
    }
}
