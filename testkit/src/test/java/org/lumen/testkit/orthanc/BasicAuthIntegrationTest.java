package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@link WithOrthanc} with basic auth: no credentials gives 401, the registered user gets 200. */
@WithOrthanc(user = "alice", password = "secret")
class BasicAuthIntegrationTest {

    @Test
    void requestWithoutCredentialsIsRefused(Orthanc orthanc) throws Exception {
        HttpRequest bare = HttpRequest.newBuilder(orthanc.baseUri().resolve("/system")).GET().build();
        assertThat(orthanc.httpClient().send(bare, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        HttpRequest wrong = HttpRequest.newBuilder(orthanc.dicomWebRoot().resolve("/dicom-web/studies"))
                .header("Authorization", new Credentials("alice", "wrong").authorizationHeader()).GET().build();
        assertThat(orthanc.httpClient().send(wrong, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void requestWithCredentialsIsServed(Orthanc orthanc) {
        assertThat(orthanc.credentials()).contains(new Credentials("alice", "secret"));
        assertThat(orthanc.get("/system").statusCode()).isEqualTo(200);
        assertThat(orthanc.get("/dicom-web/studies").statusCode()).isIn(200, 204);
    }
}
