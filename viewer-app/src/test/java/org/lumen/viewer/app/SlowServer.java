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
import org.lumen.viewer.testdata.WorkstationConfig;

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
        WorkstationConfig.useServer(config, NAME, root);
        return new SlowServer(link, client);
    }

    /** The frame requests forwarded so far, in order. */
    List<String> frameRequests() {
        return link.forwarded().stream().filter(r -> r.contains("/frames")).toList();
    }

    @Override
    public void close() throws IOException {
        link.close();
        WorkstationConfig.clear();
    }
}
