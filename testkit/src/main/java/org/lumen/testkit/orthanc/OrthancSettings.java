package org.lumen.testkit.orthanc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything that shapes one test Orthanc: who may log in, what to preload, how long to wait.
 *
 * @param users          registered basic-auth users; empty means authentication is disabled
 * @param preload        Part 10 files uploaded after every fresh start with an empty storage
 * @param perMethod      one Orthanc per test method instead of one per test class
 * @param startupTimeout how long to wait for {@code GET /system} to answer after a start
 * @param binary         the Orthanc executable
 * @param dicomWebPlugin the DICOMweb plugin shared library
 * @param tls            plain HTTP or HTTPS
 */
record OrthancSettings(List<Credentials> users, List<Path> preload, boolean perMethod,
                       Duration startupTimeout, Path binary, Path dicomWebPlugin, OrthancTls tls) {

    /** Plain HTTP. */
    OrthancSettings(List<Credentials> users, List<Path> preload, boolean perMethod, Duration startupTimeout,
            Path binary, Path dicomWebPlugin) {
        this(users, preload, perMethod, startupTimeout, binary, dicomWebPlugin, new OrthancTls.Off());
    }

    static final Path DEFAULT_BINARY = Path.of("/usr/sbin/Orthanc");
    static final Path DEFAULT_PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");

    OrthancSettings {
        users = List.copyOf(users);
        preload = List.copyOf(preload);
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(dicomWebPlugin, "dicomWebPlugin");
        Objects.requireNonNull(tls, "tls");
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
        }
        if (users.stream().map(Credentials::user).distinct().count() != users.size()) {
            throw new IllegalArgumentException("duplicate basic auth user");
        }
    }

    /** Default binary and plugin paths, overridable with system properties for unusual hosts. */
    static Path binaryFromEnvironment() {
        return Path.of(System.getProperty("lumen.orthanc.binary", DEFAULT_BINARY.toString()));
    }

    static Path pluginFromEnvironment() {
        return Path.of(System.getProperty("lumen.orthanc.dicomweb", DEFAULT_PLUGIN.toString()));
    }

    /** {@code https} when TLS is on, else {@code http}. */
    String scheme() {
        return tls instanceof OrthancTls.On ? "https" : "http";
    }

    boolean authenticationEnabled() {
        return !users.isEmpty();
    }
}
