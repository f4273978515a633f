package org.lumen.viewer.testdata;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.lumen.dicomweb.QueryEncoding;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.CredentialStores;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.TlsSettings;

/**
 * The configuration a workstation started by a UI test reads: its settings folder and an in-memory
 * credential store (system properties the app reads at start), optionally with one server.
 */
public final class WorkstationConfig {
    private WorkstationConfig() {}

    /** The workstation reads its settings from {@code config} and keeps secrets in memory only. */
    public static void use(Path config) {
        System.setProperty(ConfigFolder.PROPERTY, config.toString());
        System.setProperty(CredentialStores.PROPERTY, "memory");
    }

    /** As {@link #use}, with one unauthenticated DICOMweb server (id "orthanc") at {@code root} for QIDO, WADO and STOW. */
    public static void useServer(Path config, String name, URI root) throws IOException {
        new ServerSettingsFile(new ConfigFolder(config)).save(List.of(new ServerSettings("orthanc", name, root, root, root,
                new AuthSettings.None(), TlsSettings.none(), QueryEncoding.LITERAL)));
        use(config);
    }

    /** Back to the user's own settings folder and credential store. */
    public static void clear() {
        System.clearProperty(ConfigFolder.PROPERTY);
        System.clearProperty(CredentialStores.PROPERTY);
    }
}
