package org.lumen.testkit.orthanc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A user name and password registered with the test Orthanc for HTTP basic authentication.
 *
 * @param user     the user name; not blank, no colon (basic auth cannot carry one)
 * @param password the password; not empty
 */
public record Credentials(String user, String password) {

    /** Validates both parts. */
    public Credentials {
        if (user == null || user.isBlank() || user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("basic auth user must be non-blank and without ':'");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("basic auth password must not be empty");
        }
    }

    /** The value of an {@code Authorization} header for these credentials. */
    public String authorizationHeader() {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
