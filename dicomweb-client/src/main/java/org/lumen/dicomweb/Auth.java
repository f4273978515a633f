package org.lumen.dicomweb;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the client authenticates to one server. Secrets never appear in {@code toString}, logs or
 * exception messages.
 */
public sealed interface Auth permits Auth.None, Auth.Basic, Auth.Bearer, Auth.Tokens, Auth.AwsSigV4 {

    /** No authentication. */
    static Auth none() {
        return new None();
    }

    /** HTTP Basic authentication; the password array is copied. */
    static Auth basic(String user, char[] password) {
        return new Basic(user, password);
    }

    /** Bearer tokens, asked from the provider for every request (the provider caches and refreshes). */
    static Auth bearer(Supplier<String> tokens) {
        return new Bearer(tokens);
    }

    /**
     * OAuth 2.0 bearer tokens from a {@link TokenProvider} (see {@link OAuth2}): on a 401 answer the
     * client asks the provider once for a replacement and repeats the request once.
     */
    static Auth tokens(TokenProvider provider) {
        return new Tokens(provider);
    }

    /**
     * AWS Signature Version 4 (AWS HealthImaging's DICOMweb APIs, service {@code medical-imaging}):
     * every request is signed with the access key's secret; nothing secret travels.
     */
    static Auth awsSigV4(AwsCredentials credentials, String region, String service) {
        return new AwsSigV4(credentials, region, service);
    }

    /** No authentication. */
    record None() implements Auth {}

    /**
     * AWS Signature Version 4 signing.
     *
     * @param credentials the access key (and session token of temporary credentials)
     * @param region the AWS region, for example {@code us-east-1}
     * @param service the signing name of the service, {@code medical-imaging} for HealthImaging
     */
    record AwsSigV4(AwsCredentials credentials, String region, String service) implements Auth {
        public AwsSigV4 {
            Objects.requireNonNull(credentials, "credentials");
            if (region == null || !region.matches("[a-z0-9-]{2,32}")) {
                throw new IllegalArgumentException("an AWS region such as us-east-1, not " + region);
            }
            if (service == null || !service.matches("[a-z0-9-]{2,64}")) {
                throw new IllegalArgumentException("an AWS service signing name such as medical-imaging, not " + service);
            }
        }
    }

    /**
     * HTTP Basic authentication.
     *
     * @param user user name (not secret, shown in {@code toString})
     * @param password the password; copied in and out, never shown
     */
    record Basic(String user, char[] password) implements Auth {
        public Basic {
            Objects.requireNonNull(user, "user");
            if (user.indexOf(':') >= 0) {
                throw new IllegalArgumentException("a Basic user name cannot contain ':'");
            }
            password = Objects.requireNonNull(password, "password").clone();
        }

        @Override
        public char[] password() {
            return password.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Basic b && b.user.equals(user) && Arrays.equals(b.password, password);
        }

        @Override
        public int hashCode() {
            return user.hashCode();
        }

        @Override
        public String toString() {
            return "Basic[user=" + user + ", password=***]";
        }
    }

    /**
     * Bearer token authentication.
     *
     * @param tokens supplies the current access token (without the {@code Bearer } prefix)
     */
    record Bearer(Supplier<String> tokens) implements Auth {
        public Bearer {
            Objects.requireNonNull(tokens, "tokens");
        }

        @Override
        public String toString() {
            return "Bearer[token=***]";
        }
    }

    /**
     * Bearer tokens from a {@link TokenProvider}, refreshed once on a 401 answer.
     *
     * @param provider the source of access tokens
     */
    record Tokens(TokenProvider provider) implements Auth {
        public Tokens {
            Objects.requireNonNull(provider, "provider");
        }

        @Override
        public String toString() {
            return "Tokens[" + provider + "]";
        }
    }
}
