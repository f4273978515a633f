package org.lumen.testkit.orthanc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Writes the JSON configuration of one test Orthanc.
 *
 * <p>Orthanc 1.10 has no bind-address option: it listens on all interfaces and, with
 * {@code RemoteAccessAllowed} false, refuses every client that is not on loopback. The DICOM
 * (DIMSE) server is disabled; tests talk HTTP only.
 */
final class OrthancConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OrthancConfiguration() {
    }

    static ObjectNode build(OrthancSettings settings, WorkDirectory dir, int httpPort) {
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("HTTP port out of range: " + httpPort);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("Name", "lumen-test");
        root.put("StorageDirectory", dir.storage().toString());
        root.put("IndexDirectory", dir.storage().toString());
        root.put("TemporaryDirectory", dir.temporary().toString());
        root.put("StorageCompression", false);
        root.put("HttpServerEnabled", true);
        root.put("HttpPort", httpPort);
        root.put("DicomServerEnabled", false);
        root.put("RemoteAccessAllowed", false);
        root.put("AuthenticationEnabled", settings.authenticationEnabled());
        ObjectNode users = root.putObject("RegisteredUsers");
        settings.users().forEach(c -> users.put(c.user(), c.password()));
        root.put("SaveJobs", false);
        root.put("OverwriteInstances", true);
        // Only matters with the GDCM plugin (not loaded here): without it, transcoding to JPEG-LS
        // through GDCM crashes Orthanc 1.10.1. Harmless otherwise, so always set.
        root.put("BuiltinDecoderTranscoderOrder", "Before");
        root.putArray("Plugins").add(settings.dicomWebPlugin().toString());
        ObjectNode web = root.putObject("DicomWeb");
        web.put("Enable", true);
        web.put("Root", "/dicom-web/");
        web.put("EnableWado", true);
        web.put("WadoRoot", "/wado");
        web.put("Ssl", false);
        web.put("StudiesMetadata", "Full");
        web.put("SeriesMetadata", "Full");
        return root;
    }

    static void write(OrthancSettings settings, WorkDirectory dir, int httpPort) {
        try {
            Files.writeString(dir.configFile(), JSON.writeValueAsString(build(settings, dir, httpPort)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.configFile(), e);
        }
    }
}
