package org.lumen.dicomweb;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS access key for {@link Auth#awsSigV4}: the key id, its secret and, for temporary
 * credentials, the session token. {@code toString} never shows the secret or the token.
 *
 * @param accessKeyId the access key id (not secret)
 * @param secretAccessKey the secret access key
 * @param sessionToken the session token of temporary credentials, if any
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {
    public AwsCredentials {
        if (accessKeyId == null || accessKeyId.isBlank()) {
            throw new IllegalArgumentException("an AWS access key id is needed");
        }
        if (secretAccessKey == null || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("an AWS secret access key is needed");
        }
        Objects.requireNonNull(sessionToken, "sessionToken");
    }

    /**
     * From the standard environment variables {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}
     * and (optional) {@code AWS_SESSION_TOKEN}.
     */
    public static Optional<AwsCredentials> fromEnvironment(Map<String, String> environment) {
        String id = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new AwsCredentials(id, secret,
                Optional.ofNullable(environment.get("AWS_SESSION_TOKEN")).filter(t -> !t.isBlank())));
    }

    @Override
    public String toString() {
        return "AwsCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***" + (sessionToken.isPresent() ? ", sessionToken=***" : "") + "]";
    }
}
