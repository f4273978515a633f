package org.lumen.testkit.orthanc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a real Orthanc (with the DICOMweb plugin) for a test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OrthancExtension ORTHANC = OrthancExtension.builder().basicAuth("alice", "secret").build();
 *
 * @Test void finds(Orthanc orthanc) { orthanc.upload(file); ... orthanc.dicomWebRoot() ... }
 * }</pre>
 *
 * <p>Register it in a {@code static} field: Orthanc starts before the first test and stops after
 * the last; with {@link Builder#perMethod()} each test gets a fresh one. Before every test a dead
 * Orthanc (killed by a test, or crashed) is restarted on the same storage. Test methods may declare
 * an {@link Orthanc} parameter. Lifecycle calls come from JUnit's thread; see {@link Orthanc}.
 */
public final class OrthancExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final OrthancSettings settings;
    private volatile Orthanc orthanc;
    private volatile String ownerId = "";

    OrthancExtension(OrthancSettings settings) {
        this.settings = settings;
    }

    /** A builder with defaults: no authentication, nothing preloaded, one Orthanc per class. */
    public static Builder builder() {
        return new Builder();
    }

    /** The running Orthanc; only valid while tests of the class run. */
    public Orthanc orthanc() {
        Orthanc o = orthanc;
        if (o == null) {
            throw new IllegalStateException("Orthanc is not started: register the extension in a static field");
        }
        return o;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!settings.perMethod()) {
            startOrRevive(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startOrRevive(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings.perMethod()) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // Nested classes see the outer class's extension: only the class that started it stops it.
        if (classContext(context).getUniqueId().equals(ownerId)) {
            stop();
        }
    }

    private synchronized void startOrRevive(ExtensionContext context) {
        if (orthanc == null) {
            orthanc = new Orthanc(settings);
            ownerId = classContext(context).getUniqueId();
        }
        orthanc.ensureRunning();
    }

    /** The context of the test class (the method's parent for a method context). */
    static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private synchronized void stop() {
        if (orthanc != null) {
            orthanc.close();
            orthanc = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Orthanc.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return orthanc();
    }

    /** Configures an {@link OrthancExtension}. Not thread-safe. */
    public static final class Builder {
        private final List<Credentials> users = new ArrayList<>();
        private final List<Path> preload = new ArrayList<>();
        private boolean perMethod;
        private Duration startupTimeout = Duration.ofSeconds(30);
        private OrthancTls tls = new OrthancTls.Off();

        private Builder() {
        }

        /** Enables HTTP basic authentication with this user (call again to register more users). */
        public Builder basicAuth(String user, String password) {
            users.add(new Credentials(user, password));
            return this;
        }

        /** Part 10 files uploaded whenever Orthanc starts with an empty storage. */
        public Builder preload(Path... files) {
            preload.addAll(List.of(files));
            return this;
        }

        /** One fresh Orthanc (new storage) per test method instead of per class. */
        public Builder perMethod() {
            perMethod = true;
            return this;
        }

        /** How long to wait for {@code GET /system} after a start (default 30 s). */
        public Builder startupTimeout(Duration timeout) {
            startupTimeout = timeout;
            return this;
        }

        /**
         * Serves HTTPS with the server certificate of {@code certificates} (made by
         * {@link org.lumen.testkit.tls.TestCertificates#generate()}); clients must trust its CA.
         * A TLS-terminating front ({@code TlsFront}) serves it, as Orthanc 1.10.1's own TLS
         * crashes with OpenSSL 3; {@link Orthanc#baseUri()} then is the {@code https} address.
         */
        public Builder tls(org.lumen.testkit.tls.TestCertificates certificates) {
            tls = new OrthancTls.On(certificates, false);
            return this;
        }

        /**
         * Serves HTTPS and refuses, in the TLS handshake, clients without a certificate signed by
         * the CA of {@code certificates}.
         */
        public Builder tlsRequiringClientCertificates(org.lumen.testkit.tls.TestCertificates certificates) {
            tls = new OrthancTls.On(certificates, true);
            return this;
        }

        /** Builds the extension. */
        public OrthancExtension build() {
            return new OrthancExtension(new OrthancSettings(users, preload, perMethod, startupTimeout,
                    OrthancSettings.binaryFromEnvironment(), OrthancSettings.pluginFromEnvironment(), tls));
        }
    }
}
