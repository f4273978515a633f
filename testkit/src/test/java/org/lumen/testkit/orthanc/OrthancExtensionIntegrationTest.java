package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.data.PydicomCorpus;

/** A real Orthanc: health, empty QIDO, upload and find, then survive a kill -9. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrthancExtensionIntegrationTest {

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static long killedPid;

    @Test
    @Order(1)
    void systemAnswersWithOurConfiguration(Orthanc orthanc) throws Exception {
        HttpResponse<String> r = orthanc.get("/system");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode system = JSON.readTree(r.body());
        assertThat(system.path("Name").asText()).isEqualTo("lumen-test");
        assertThat(system.path("DicomPort").asInt()).isNotEqualTo(orthanc.httpPort());
        assertThat(orthanc.baseUri().toString()).isEqualTo("http://127.0.0.1:" + orthanc.httpPort() + "/");
        assertThat(orthanc.dicomWebRoot().toString()).isEqualTo("http://127.0.0.1:" + orthanc.httpPort() + "/dicom-web");
        assertThat(ProcessHandle.of(orthanc.pid()).flatMap(p -> p.info().command())).contains("/usr/sbin/Orthanc");
        assertThat(orthanc.credentials()).isEmpty();
    }

    @Test
    @Order(2)
    void qidoIsEmptyAfterDeleteAll(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        HttpResponse<String> r = orthanc.get("/dicom-web/studies");
        assertThat(r.statusCode()).isIn(200, 204);
        if (r.statusCode() == 200) {
            assertThat(JSON.readTree(r.body()).isArray()).isTrue();
            assertThat(JSON.readTree(r.body())).isEmpty();
        }
        assertThat(orthanc.instanceCount()).isZero();
    }

    @Test
    @Order(3)
    void uploadedFileIsFoundByQido(Orthanc orthanc) throws Exception {
        List<StoredInstance> stored = orthanc.upload(PydicomCorpus.testFile("CT_small.dcm"));
        assertThat(stored).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("Success"));
        assertThat(orthanc.instanceCount()).isEqualTo(1);
        assertFound(orthanc);
        HttpResponse<String> none = orthanc.get("/dicom-web/studies?PatientID=nobody");
        assertThat(none.statusCode()).isIn(200, 204);
        assertThat(none.body().strip()).isIn("", "[]", "[ ]");
    }

    @Test
    @Order(4)
    void killLeavesTheServerDead(Orthanc orthanc) {
        killedPid = orthanc.pid();
        orthanc.kill();
        assertThat(orthanc.isAlive()).isFalse();
        assertThat(ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    @Order(5)
    void extensionRevivedTheServerWithItsData(Orthanc orthanc) throws Exception {
        assertThat(killedPid).as("runs after the kill test").isPositive();
        assertThat(orthanc.isAlive()).isTrue();
        assertThat(orthanc.pid()).isNotEqualTo(killedPid);
        assertThat(orthanc.instanceCount()).isEqualTo(1);
        assertFound(orthanc);
    }

    @Test
    @Order(6)
    void restartKeepsPortAndData(Orthanc orthanc) throws Exception {
        long before = orthanc.pid();
        int port = orthanc.httpPort();
        orthanc.restart();
        assertThat(orthanc.pid()).isNotEqualTo(before);
        assertThat(orthanc.httpPort()).isEqualTo(port);
        assertFound(orthanc);
    }

    private static void assertFound(Orthanc orthanc) throws Exception {
        HttpResponse<String> r = orthanc.get("/dicom-web/studies?PatientID=1CT1");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode studies = JSON.readTree(r.body());
        assertThat(studies).hasSize(1);
        assertThat(studies.get(0).path("00100020").path("Value").get(0).asText()).isEqualTo("1CT1");
    }
}
