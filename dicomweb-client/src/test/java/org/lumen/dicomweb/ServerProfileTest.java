package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServerProfileTest {
    @Test
    void buildsEachArchivesDocumentedRoot() {
        assertThat(ServerProfile.ORTHANC.root(Map.of("url", "http://pacs:8042/dicom-web/"))).isEqualTo(URI.create("http://pacs:8042/dicom-web"));
        assertThat(ServerProfile.DCM4CHEE_ARC.root(Map.of("url", "https://arc.example.org:8443", "aet", "DCM4CHEE")))
                .isEqualTo(URI.create("https://arc.example.org:8443/dcm4chee-arc/aets/DCM4CHEE/rs"));
        assertThat(ServerProfile.DCM4CHEE_ARC.root(Map.of("url", "https://arc.example.org/dcm4chee-arc/aets/ARC2/rs", "aet", "X")))
                .isEqualTo(URI.create("https://arc.example.org/dcm4chee-arc/aets/ARC2/rs"));
        assertThat(ServerProfile.GOOGLE_HEALTHCARE.root(Map.of("project", "my-project", "location", "europe-west4",
                "dataset", "radiology", "dicomStore", "ct-2024")))
                .isEqualTo(URI.create("https://healthcare.googleapis.com/v1/projects/my-project/locations/europe-west4"
                        + "/datasets/radiology/dicomStores/ct-2024/dicomWeb"));
        assertThat(ServerProfile.AZURE_DICOM.root(Map.of("serviceUrl", "https://ws-dicom1.dicom.azurehealthcareapis.com")))
                .isEqualTo(URI.create("https://ws-dicom1.dicom.azurehealthcareapis.com/v2"));
        assertThat(ServerProfile.AZURE_DICOM.root(Map.of("serviceUrl", "https://ws-dicom1.dicom.azurehealthcareapis.com/v1/")))
                .isEqualTo(URI.create("https://ws-dicom1.dicom.azurehealthcareapis.com/v1"));
        assertThat(ServerProfile.AWS_HEALTHIMAGING.root(Map.of("region", "us-east-1", "datastore", "d9a2a515ab294163a2d2f4069eed584c")))
                .isEqualTo(URI.create("https://dicom-medical-imaging.us-east-1.amazonaws.com/datastore/d9a2a515ab294163a2d2f4069eed584c"));
    }

    @Test
    void aMissingOrMalformedValueIsNamed() {
        assertThatThrownBy(() -> ServerProfile.GOOGLE_HEALTHCARE.root(Map.of("project", "my-project")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("location");
        assertThatThrownBy(() -> ServerProfile.AWS_HEALTHIMAGING.root(Map.of("region", "us-east-1", "datastore", "../../etc")))
                .hasMessageContaining("datastore is malformed");
        assertThatThrownBy(() -> ServerProfile.ORTHANC.root(Map.of("url", "ftp://pacs/dicom-web"))).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> ServerProfile.named("pacsbox")).hasMessageContaining("one of generic, orthanc");
    }

    @Test
    void configsCarryTheProfilesQueryEncodingAndAuth() {
        ServerConfig orthanc = ServerProfile.named("orthanc").config("site A", Map.of("url", "http://127.0.0.1:8042/dicom-web"), Auth.none());
        assertThat(orthanc.queryEncoding()).isEqualTo(QueryEncoding.LITERAL);
        assertThat(orthanc.qidoRoot()).isEqualTo(orthanc.wadoRoot()).isEqualTo(orthanc.stowRoot());
        Auth aws = Auth.awsSigV4(new AwsCredentials("AKID", "secret", Optional.empty()), "us-east-1", ServerProfile.AWS_HEALTHIMAGING_SERVICE);
        Map<String, String> store = Map.of("region", "us-east-1", "datastore", "d9a2a515ab294163a2d2f4069eed584c");
        assertThat(ServerProfile.named("aws").config("cloud", store, aws).auth()).isEqualTo(aws);
        assertThatThrownBy(() -> ServerProfile.AWS_HEALTHIMAGING.config("cloud", store, Auth.none())).hasMessageContaining("SigV4");
        assertThat(ServerProfile.GOOGLE_HEALTHCARE.capabilities().thumbnail()).isFalse();
        assertThat(ServerProfile.GOOGLE_HEALTHCARE.capabilities().rendered()).isTrue();
    }
}
