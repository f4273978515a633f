package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.store.audit.AuditAction;
import org.lumen.store.audit.AuditLog;
import org.lumen.store.audit.AuditRecord;
import org.lumen.store.audit.ChainVerification;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.secrets.SecretVaults;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;
import picocli.CommandLine;

/**
 * {@code lumen web retrieve --cache} against a real Orthanc, then {@code --offline} with a wrong
 * server password (so any contact with the server would fail): the same bytes come back, the cache
 * holds no plain patient name, and the audit log records both accesses.
 */
@IntegrationTest
class WebRetrieveCacheTest {
    private static final String PASSWORD = "cache-p4ss";

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().basicAuth("dave", PASSWORD).build();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Orthanc orthanc, String password, String... rest) {
        CommandLine commandLine = LumenCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = Stream.concat(Stream.of("web", rest[0], "--url", orthanc.dicomWebRoot().toString(), "--orthanc",
                "--user", "dave", "--password", password), Stream.of(rest).skip(1)).toArray(String[]::new);
        return commandLine.execute(args);
    }

    @Test
    void retrievesIntoTheCacheAndServesTheStudyOffline(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        Path ct = PydicomCorpus.testFile("CT_small.dcm");
        DataSet ctData = Part10Reader.read(ct).dataSet();
        String study = ctData.getString(Tag.StudyInstanceUID).orElseThrow();
        String uid = ctData.getString(Tag.SOPInstanceUID).orElseThrow();
        assertThat(run(orthanc, PASSWORD, "store", ct.toString())).as(err.toString()).isZero();

        Path cache = dir.resolve("cache");
        Path online = dir.resolve("online");
        assertThat(run(orthanc, PASSWORD, "retrieve", "--study", study, "--out", online.toString(),
                "--cache", cache.toString(), "--cache-passphrase", "pw")).as(err.toString()).isZero();

        Path offline = dir.resolve("offline");
        out.getBuffer().setLength(0);
        assertThat(run(orthanc, "wrong-password", "retrieve", "--study", study, "--out", offline.toString(),
                "--cache", cache.toString(), "--cache-passphrase", "pw", "--offline")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("1 instance, ");
        assertThat(Files.readAllBytes(offline.resolve(uid + ".dcm"))).isEqualTo(Files.readAllBytes(online.resolve(uid + ".dcm")));

        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
                        .as("%s holds no plain name or UID", f).doesNotContain("CompressedSamples").doesNotContain(study);
            }
        }
        StoreKeys keys = StoreKeys.open(cache.resolve("keys.lumen"), r -> "pw".toCharArray()); // as the command chose
        AuditLog audit = AuditLog.open(cache.resolve("audit.lumen"), keys, Clock.systemUTC());
        assertThat(audit.verify()).isEqualTo(new ChainVerification.Intact(2));
        List<AuditRecord> records = audit.read();
        assertThat(records).extracting(r -> r.event().action()).containsExactly(AuditAction.RETRIEVE, AuditAction.VIEW_OFFLINE);
        assertThat(records).allSatisfy(r -> assertThat(r.event().studyUid()).isEqualTo(study));
    }

    @Test
    void aWrongCachePassphraseFailsAndAStudyNotCachedIsReported(Orthanc orthanc) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SecretVaults.osCredentialStore().isEmpty(),
                "an OS credential store answers here, so the cache key needs no passphrase");
        Path cache = dir.resolve("cache");
        Path out1 = dir.resolve("o");
        assertThat(run(orthanc, PASSWORD, "retrieve", "--study", "1.2.3.4", "--out", out1.toString(),
                "--cache", cache.toString(), "--cache-passphrase", "pw", "--offline")).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).contains("is not in the cache");
        err.getBuffer().setLength(0);
        assertThat(run(orthanc, PASSWORD, "retrieve", "--study", "1.2.3.4", "--out", out1.toString(),
                "--cache", cache.toString(), "--cache-passphrase", "not-pw", "--offline")).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).contains("wrong cache passphrase");
        err.getBuffer().setLength(0);
        assertThat(run(orthanc, PASSWORD, "retrieve", "--study", "1.2.3.4", "--out", out1.toString(), "--offline"))
                .isEqualTo(LumenCommand.USAGE);
    }
}
