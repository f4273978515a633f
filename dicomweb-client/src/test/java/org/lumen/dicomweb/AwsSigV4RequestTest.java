package org.lumen.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.internal.AwsSigV4Signer;

/** Requests to an AWS SigV4 server carry a signature that verifies over what was actually sent. */
class AwsSigV4RequestTest extends MockServerTest {
    private static final AwsCredentials KEY = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", Optional.of("SESSION"));

    @Test
    void aQidoSearchIsSignedOverTheRequestAsSent() throws Exception {
        server.enqueue(MockServers.json("[]"));
        DicomWebClient client = MockServers.client(http, server, Auth.awsSigV4(KEY, "eu-west-1", "medical-imaging"),
                QueryEncoding.STRICT, sleeper);
        client.search(QidoQuery.studies().match(org.lumen.dicom.Tag.PatientName, "Doe^J*").limit(5).build());
        RecordedRequest request = server.takeRequest();
        String authorization = request.getHeaders().get("Authorization");
        String amzDate = request.getHeaders().get("X-Amz-Date");
        assertThat(request.getHeaders().get("X-Amz-Security-Token")).isEqualTo("SESSION");
        assertThat(authorization).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/" + amzDate.substring(0, 8) + "/eu-west-1/medical-imaging/aws4_request")
                .contains("SignedHeaders=host;x-amz-date;x-amz-security-token").doesNotContain("wJalr");
        // the verifier's side: recompute over the URL, host and time the server received
        URI uri = request.getUrl().uri();
        ZonedDateTime when = ZonedDateTime.parse(amzDate, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").withZone(ZoneOffset.UTC));
        AwsSigV4Signer.Signed expected = AwsSigV4Signer.sign("GET", uri, Map.of("host", request.getHeaders().get("Host")),
                AwsSigV4Signer.EMPTY_PAYLOAD, KEY, "eu-west-1", "medical-imaging", when);
        assertThat(authorization).isEqualTo(expected.authorization());
    }
}
