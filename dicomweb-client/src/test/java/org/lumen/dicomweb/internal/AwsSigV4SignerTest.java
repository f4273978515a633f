package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.AwsCredentials;

/**
 * AWS's Signature Version 4 test suite (aws-sig-v4-test-suite): key AKIDEXAMPLE, region us-east-1,
 * service "service", 2015-08-30T12:36:00Z, host example.amazonaws.com; the expected signatures and
 * hashes are the suite's published values.
 */
class AwsSigV4SignerTest {
    private static final AwsCredentials KEY = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", Optional.empty());
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2015, 8, 30, 12, 36, 0, 0, ZoneOffset.UTC);
    private static final Map<String, String> HOST = Map.of("Host", "example.amazonaws.com");

    private static AwsSigV4Signer.Signed sign(String method, String url) {
        return AwsSigV4Signer.sign(method, URI.create(url), HOST, AwsSigV4Signer.EMPTY_PAYLOAD, KEY, "us-east-1", "service", WHEN);
    }

    @Test
    void getVanilla() {
        AwsSigV4Signer.Signed signed = sign("GET", "https://example.amazonaws.com/");
        assertThat(signed.authorization()).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        assertThat(signed.amzDate()).isEqualTo("20150830T123600Z");
    }

    @Test
    void getVanillaQueryOrderKeyCase() {
        assertThat(sign("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1").signature())
                .isEqualTo("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    @Test
    void postVanilla() {
        AwsSigV4Signer.Signed signed = sign("POST", "https://example.amazonaws.com/");
        assertThat(AwsSigV4Signer.sha256Hex(signed.canonicalRequest().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87");
        assertThat(signed.signature()).isEqualTo("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    @Test
    void aSessionTokenIsSignedAndTheSecretNeverShown() {
        AwsCredentials temporary = new AwsCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", Optional.of("TOKEN123"));
        AwsSigV4Signer.Signed signed = AwsSigV4Signer.sign("GET", URI.create("https://example.amazonaws.com/"), HOST,
                AwsSigV4Signer.EMPTY_PAYLOAD, temporary, "us-east-1", "service", WHEN);
        assertThat(signed.signedHeaders()).isEqualTo("host;x-amz-date;x-amz-security-token");
        assertThat(signed.signature()).isNotEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        assertThat(temporary.toString()).doesNotContain("wJalr", "TOKEN123");
    }

    @Test
    void pathsAndQueriesAreEncodedAsSigV4Asks() {
        assertThat(AwsSigV4Signer.canonicalPath("/datastore/abc/studies/1.2.3")).isEqualTo("/datastore/abc/studies/1.2.3");
        assertThat(AwsSigV4Signer.canonicalPath("/a%20b")).isEqualTo("/a%2520b"); // encoded twice (not S3)
        assertThat(AwsSigV4Signer.canonicalQuery("includefield=00100010&PatientName=Doe%5EJohn&limit=10"))
                .isEqualTo("PatientName=Doe%5EJohn&includefield=00100010&limit=10");
        assertThat(AwsSigV4Signer.canonicalQuery("a=1+2&b")).isEqualTo("a=1%2B2&b=");
    }
}
