package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.dicom.DataSet;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;

/** The traffic listener against a real Orthanc: each exchange starts and ends once, and the bytes read are counted. */
@IntegrationTest
class OrthancTrafficTest {
    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().preload(PydicomFiles.file("CT_small.dcm")).build();

    static final class Counts implements TrafficListener {
        final AtomicLong started = new AtomicLong();
        final AtomicLong ended = new AtomicLong();
        final AtomicLong inFlight = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void exchangeStarted(long requestBytes) {
            started.incrementAndGet();
            inFlight.incrementAndGet();
        }

        @Override
        public void bytesReceived(long n) {
            bytes.addAndGet(n);
        }

        @Override
        public void exchangeEnded() {
            ended.incrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    @Test
    void searchesAndRetrievesAreCountedAndEndOnce(Orthanc orthanc) throws Exception {
        Counts counts = new Counts();
        DicomWebClient client = DicomWebClient.builder().traffic(counts)
                .server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())).build();
        List<DataSet> studies = client.search(QidoQuery.studies().build());
        assertThat(studies).hasSize(1);
        assertThat(counts.started.get()).isEqualTo(1);
        assertThat(counts.inFlight.get()).isZero();
        long afterSearch = counts.bytes.get();
        assertThat(afterSearch).isPositive();
        long[] partBytes = {0};
        client.retrieveSeries(OrthancDicomWebTest.CT_STUDY, OrthancDicomWebTest.CT_SERIES, instance -> {
            try (InputStream in = instance.body()) {
                partBytes[0] += in.readAllBytes().length;
            }
        });
        assertThat(counts.started.get()).isEqualTo(2);
        assertThat(counts.ended.get()).isEqualTo(2);
        assertThat(counts.bytes.get() - afterSearch).as("multipart bytes on the wire").isGreaterThan(partBytes[0]);
    }
}
