package org.lumen.viewer.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.net.ThrottledLink;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.CredentialStores;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.TlsSettings;

/**
 * The streaming UI tests' server: the test's Orthanc (emptied) behind the testkit's {@link ThrottledLink} at 2 Mbit/s
 * and 10 ms, configured as the workstation's only server, "Slow Orthanc", in {@code config} (the config folder and an
 * in-memory credential store set as system properties until {@link #close()}).
 *
 * @param link   the link, to gate and to read the requests forwarded
 * @param client a client straight to Orthanc, to store the test's studies
 */
record SlowServer(ThrottledLink link, DicomWebClient client) implements AutoCloseable {
    static final String NAME = "Slow Orthanc";

    static SlowServer start(Orthanc orthanc, Path config) throws IOException {
        orthanc.deleteAll();
        DicomWebClient client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withAuth(Auth.none()).withQueryEncoding(QueryEncoding.LITERAL)).build();
        ThrottledLink link = new ThrottledLink(orthanc.dicomWebRoot(), 2, 10);
        URI root = link.through(orthanc.dicomWebRoot());
        new ServerSettingsFile(new ConfigFolder(config)).save(List.of(new ServerSettings("orthanc", NAME, root, root, root,
                new AuthSettings.None(), TlsSettings.none(), QueryEncoding.LITERAL)));
        System.setProperty(ConfigFolder.PROPERTY, config.toString());
        System.setProperty(CredentialStores.PROPERTY, "memory");
        return new SlowServer(link, client);
    }

    /** The frame requests forwarded so far, in order. */
    List<String> frameRequests() {
        return link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
    }

    @Override
    public void close() throws IOException {
        link.close();
        System.clearProperty(ConfigFolder.PROPERTY);
        System.clearProperty(CredentialStores.PROPERTY);
    }
}
