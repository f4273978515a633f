package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lumen.testkit.data.PydicomCorpus;

/** perMethod: every test gets its own server and storage; preload fills each fresh one. */
@WithOrthanc(perMethod = true, preload = "/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerMethodIntegrationTest {

    private static long firstPid;
    private static int firstPort;

    @Test
    @Order(1)
    void preloadedAndAddsMore(Orthanc orthanc) {
        assertThat(orthanc.instanceCount()).isEqualTo(1);
        orthanc.upload(PydicomCorpus.testFile("MR_small.dcm"));
        assertThat(orthanc.instanceCount()).isEqualTo(2);
        firstPid = orthanc.pid();
        firstPort = orthanc.httpPort();
    }

    @Test
    @Order(2)
    void freshServerSeesOnlyThePreload(Orthanc orthanc) {
        assertThat(firstPid).as("runs after the first test").isPositive();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(orthanc.pid()).isNotEqualTo(firstPid);
        assertThat(orthanc.instanceCount()).isEqualTo(1);
        assertThat(firstPort).isPositive();
    }
}
