package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.Tag;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;

/** Query values with characters Orthanc cannot receive literally (it does not percent-decode). */
@IntegrationTest
class OrthancQueryEncodingTest {
    static final String NAME = "Van Der^Jo+e&x";

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder().build();

    @TempDir
    Path work;

    @Test
    void literalEncodingFindsNamesWithSpacePlusAndAmpersand(Orthanc orthanc) throws Exception {
        Path renamed = work.resolve("renamed.dcm");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import pydicom, sys; d = pydicom.dcmread(sys.argv[1]); d.PatientName = sys.argv[2]; d.save_as(sys.argv[3])",
                PydicomFiles.file("CT_small.dcm").toString(), NAME, renamed.toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("pydicom rewrite").isTrue();
        orthanc.upload(renamed);

        ServerConfig literal = ServerConfig.of("orthanc", orthanc.dicomWebRoot()).withQueryEncoding(QueryEncoding.LITERAL);
        DicomWebClient client = DicomWebClient.builder().server(literal).build();
        assertThat(client.search(QidoQuery.studies().match("PatientName", NAME).build()))
                .extracting(d -> d.getString(Tag.PatientName).orElseThrow()).containsExactly(NAME);
        DicomWebClient strict = client.withServer(literal.withQueryEncoding(QueryEncoding.STRICT));
        assertThat(strict.search(QidoQuery.studies().match("PatientName", NAME).build())).isEmpty();
    }
}
