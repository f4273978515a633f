package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.testdata.SyntheticStudies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code lumen web stream} against a real Orthanc: every slice arrives, and what came back is reported. */
@WithOrthanc
class WebStreamCommandTest {
    @TempDir
    Path data;

    @Test
    void streamsASeriesAndReportsTimingsAndSyntaxes(Orthanc orthanc) throws Exception {
        DicomWebClient client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        SyntheticStudies.Study study = SyntheticStudies.store(client, SyntheticStudies.write(data, "Cli^Stream", "CS-1", "20240404",
                "Stream CLI", List.of(new SyntheticStudies.Series("CT", "Axial", 12))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LumenCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("web", "stream", "--url", orthanc.dicomWebRoot().toString(), "--orthanc", "--study", study.studyUid(),
                "--series", study.seriesUids().get(0), "--syntax", "stored", "--focus", "3", "--first", "metadata");
        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("slices").asInt()).isEqualTo(12);
        assertThat(report.get("failedSlices").asInt()).isZero();
        assertThat(report.get("lossySlices").asInt()).isZero();
        assertThat(report.get("frameBytes").asLong()).isEqualTo(12L * SyntheticStudies.SIZE * SyntheticStudies.SIZE * 2);
        assertThat(report.get("firstSliceMs").asDouble()).isBetween(report.get("metadataMs").asDouble(), report.get("fullMs").asDouble());
        assertThat(report.get("bySyntax").get("1.2.840.10008.1.2.1").asInt()).isEqualTo(12);
        assertThat(report.get("first").asText()).isEqualTo("metadata");

        // The viewer's way (the default): the slice on the screen before the series' metadata, every slice once.
        StringWriter instanceFirst = new StringWriter();
        cli.setOut(new PrintWriter(instanceFirst, true));
        code = cli.execute("web", "stream", "--url", orthanc.dicomWebRoot().toString(), "--orthanc", "--study", study.studyUid(),
                "--series", study.seriesUids().get(0), "--syntax", "stored");
        assertThat(code).as(err.toString()).isZero();
        JsonNode fast = new ObjectMapper().readTree(instanceFirst.toString());
        assertThat(fast.get("first").asText()).isEqualTo("instance");
        assertThat(fast.get("slices").asInt()).isEqualTo(12);
        assertThat(fast.get("failedSlices").asInt()).isZero();
        assertThat(fast.get("frameBytes").asLong()).as("each frame once").isEqualTo(12L * SyntheticStudies.SIZE * SyntheticStudies.SIZE * 2);
        // The series' metadata is requested beside the first slice now (either may come first): the first slice
        // comes before the full series.
        assertThat(fast.get("firstSliceMs").asDouble()).isPositive().isLessThanOrEqualTo(fast.get("fullMs").asDouble());
        assertThat(fast.get("qidoMs").asDouble()).isPositive();
    }

    @Test
    void anUnknownSyntaxChoiceIsAUsageError() {
        CommandLine cli = LumenCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("web", "stream", "--url", "http://127.0.0.1:9/dicom-web", "--study", "1.2", "--series", "1.3",
                "--syntax", "fastest");
        assertThat(code).isEqualTo(LumenCommand.USAGE);
        code = cli.execute("web", "stream", "--url", "http://127.0.0.1:9/dicom-web", "--study", "1.2", "--series", "1.3",
                "--first", "thumbnail");
        assertThat(code).isEqualTo(LumenCommand.USAGE);
    }
}
