package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;
import picocli.CommandLine;

/** {@code lumen web} against a real Orthanc with HTTP Basic authentication: store, query, metadata, retrieve. */
@IntegrationTest
class WebCommandTest {
    private static final String PASSWORD = "cli-p4ss-word";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().basicAuth("carol", PASSWORD).build();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return run(LumenCommand.commandLine(), args);
    }

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String[] web(Orthanc orthanc, String password, String... rest) {
        return Stream.concat(Stream.of("web", rest[0], "--url", orthanc.dicomWebRoot().toString(), "--orthanc",
                "--user", "carol", "--password", password), Stream.of(rest).skip(1)).toArray(String[]::new);
    }

    @Test
    void storeQueryMetadataAndRetrieveRoundTrip(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        Path ct = PydicomCorpus.testFile("CT_small.dcm");
        Path mr = PydicomCorpus.testFile("MR_small.dcm");
        DataSet ctData = Part10Reader.read(ct).dataSet();
        String ctStudy = ctData.getString(Tag.StudyInstanceUID).orElseThrow();
        String ctUid = ctData.getString(Tag.SOPInstanceUID).orElseThrow();
        String mrUid = Part10Reader.read(mr).dataSet().getString(Tag.SOPInstanceUID).orElseThrow();

        assertThat(run(web(orthanc, PASSWORD, "store", ct.toString(), mr.toString()))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("STORED\t" + ctUid, "STORED\t" + mrUid, "2 sent, 2 stored, 0 failed");

        out.getBuffer().setLength(0);
        assertThat(run(web(orthanc, PASSWORD, "query", "-m", "PatientName=CompressedSamples*"))).as(err.toString()).isZero();
        List<String> lines = out.toString().strip().lines().toList();
        assertThat(lines).hasSize(2).anySatisfy(l -> assertThat(l).startsWith(ctStudy + "\tCompressedSamples^CT1"));

        out.getBuffer().setLength(0);
        assertThat(run(web(orthanc, PASSWORD, "query", "--level", "instance", "--study", ctStudy, "--json")))
                .as(err.toString()).isZero();
        JsonNode instances = JSON.readTree(out.toString());
        assertThat(instances.size()).isEqualTo(1);
        assertThat(instances.get(0).get("00080018").get("Value").get(0).asText()).isEqualTo(ctUid);

        out.getBuffer().setLength(0);
        assertThat(run(web(orthanc, PASSWORD, "metadata", "--study", ctStudy))).as(err.toString()).isZero();
        JsonNode metadata = JSON.readTree(out.toString());
        assertThat(metadata.size()).isEqualTo(1);
        assertThat(metadata.get(0).get("00100010").get("Value").get(0).get("Alphabetic").asText())
                .isEqualTo("CompressedSamples^CT1");

        out.getBuffer().setLength(0);
        Path target = dir.resolve("retrieved");
        assertThat(run(web(orthanc, PASSWORD, "retrieve", "--study", ctStudy, "--out", target.toString())))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("1 instance, ");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ctUid + ".dcm");
        }
        DataSet back = Part10Reader.read(target.resolve(ctUid + ".dcm")).dataSet();
        assertThat(back.getString(Tag.SOPInstanceUID)).hasValue(ctUid);
        assertThat(back.getBytes(Tag.PixelData).orElseThrow()).isEqualTo(ctData.getBytes(Tag.PixelData).orElseThrow());
    }

    /** Three copies of CT_small in one series, with their own SOP Instance UIDs; returns the UIDs. */
    private List<String> storeThreeSlices(Orthanc orthanc) throws Exception {
        DicomFile ct = Part10Reader.read(PydicomCorpus.testFile("CT_small.dcm"));
        List<String> uids = new java.util.ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            String uid = "1.2.826.0.1.3680043.9.7777.88." + k;
            DataSet ds = ct.dataSet().copy();
            ds.setString(Tag.SOPInstanceUID, VR.UI, uid);
            Path file = dir.resolve("slice" + k + ".dcm");
            Part10Writer.write(DicomFile.of(ds, ct.transferSyntax()), file);
            orthanc.upload(file);
            uids.add(uid);
        }
        return uids;
    }

    @Test
    void retrieveDrawsAProgressBarOnATerminal(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        storeThreeSlices(orthanc);
        DataSet ct = Part10Reader.read(PydicomCorpus.testFile("CT_small.dcm")).dataSet();
        long[] clock = {0};
        CliEnvironment terminal = new CliEnvironment(name -> java.util.Optional.empty(), true, 60, () -> clock[0] += 250_000_000L);
        Path target = dir.resolve("bar");
        int code = run(LumenCommand.commandLine(terminal), web(orthanc, PASSWORD, "retrieve", "--study",
                ct.getString(Tag.StudyInstanceUID).orElseThrow(), "--series", ct.getString(Tag.SeriesInstanceUID).orElseThrow(),
                "--out", target.toString()));
        assertThat(code).as(err.toString()).isZero();
        String[] draws = err.toString().split("\r", -1);
        assertThat(draws).hasSize(4);
        assertThat(draws[1]).startsWith("[" + "#".repeat(11) + ".".repeat(23) + "]  1/3  ").hasSize(59);
        assertThat(draws[3]).startsWith("[" + "#".repeat(34) + "]  3/3  ").endsWith(System.lineSeparator());
        assertThat(out.toString()).startsWith("3 instances, ");
    }

    @Test
    void retrieveWritesOnePlainLinePerFileWhenNotOnATerminal(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        List<String> uids = storeThreeSlices(orthanc);
        DataSet ct = Part10Reader.read(PydicomCorpus.testFile("CT_small.dcm")).dataSet();
        CliEnvironment pipe = new CliEnvironment(name -> java.util.Optional.empty(), false, 80, System::nanoTime);
        int code = run(LumenCommand.commandLine(pipe), web(orthanc, PASSWORD, "retrieve", "--study",
                ct.getString(Tag.StudyInstanceUID).orElseThrow(), "--out", dir.resolve("plain").toString()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("\r", "#");
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(3).allMatch(l -> l.matches("1\\.2\\.826\\.0\\.1\\.3680043\\.9\\.7777\\.88\\.[123]\\.dcm\t[0-9]+ bytes\t[123]/3"));
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(".dcm")))).containsExactlyInAnyOrderElementsOf(uids);
    }

    @Test
    void aProfileBuildsTheRootAndItsQueryEncoding(Orthanc orthanc) {
        int code = run("web", "query", "--profile", "orthanc", "--url", orthanc.dicomWebRoot() + "/", "--user", "carol",
                "--password", PASSWORD, "-m", "PatientName=*");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("lumen:");
    }

    @Test
    void aProfilesMissingValueOrCredentialsIsAUsageErrorNamingIt() {
        assertThat(run("web", "query", "--profile", "google", "--param", "project=my-project")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("--profile google: the location is missing");
        err.getBuffer().setLength(0);
        CommandLine noAwsKey = LumenCommand.commandLine(new CliEnvironment(name -> Optional.empty(), false, 80, System::nanoTime));
        assertThat(run(noAwsKey, "web", "query", "--profile", "aws", "--param", "region=us-east-1", "--param",
                "datastore=d9a2a515ab294163a2d2f4069eed584c")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("AWS SigV4: set AWS_ACCESS_KEY_ID");
        err.getBuffer().setLength(0);
        assertThat(run("web", "query")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("give --url");
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureThatDoesNotShowThePassword(Orthanc orthanc) {
        int code = run(web(orthanc, "not-the-password", "query"));
        assertThat(code).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).startsWith("lumen: authentication failed at " + orthanc.dicomWebRoot())
                .doesNotContain("not-the-password");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void aFileThatIsNotDicomIsNotReportedAsStored(Orthanc orthanc) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.dcm"), "not DICOM at all");
        int code = run(web(orthanc, PASSWORD, "store", junk.toString()));
        assertThat(code).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(out.toString()).doesNotContain("STORED");
        assertThat(err.toString()).startsWith("lumen: the server stored nothing: HTTP_STATUS: ");
    }

    @Test
    void unreachableServerSaysSo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/dicom-web";
        int code = run("web", "store", "--url", url, PydicomCorpus.testFile("CT_small.dcm").toString());
        assertThat(code).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).startsWith("lumen: cannot reach " + url);
    }
}
