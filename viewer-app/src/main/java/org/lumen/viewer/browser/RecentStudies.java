package org.lumen.viewer.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lumen.viewer.servers.ConfigFolder;

/**
 * The studies opened lately, newest first, at most {@link #LIMIT}, persisted as
 * {@code recent-studies.json} in the {@link ConfigFolder} (replaced atomically). Blocking file I/O.
 */
public final class RecentStudies {
    /** The file name inside the configuration folder. */
    public static final String NAME = "recent-studies.json";
    /** How many studies are remembered. */
    public static final int LIMIT = 50;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ConfigFolder folder;

    public RecentStudies(ConfigFolder folder) {
        this.folder = folder;
    }

    public List<StudyRow> load() throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(folder.file(NAME)));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JsonProcessingException e) {
            throw new IOException(folder.file(NAME) + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<StudyRow> rows = new ArrayList<>();
        for (JsonNode n : root.path("studies")) {
            rows.add(new StudyRow(n.path("server").asText(""), n.path("studyUid").asText(""), n.path("patientName").asText(""),
                    n.path("patientId").asText(""), n.path("birthDate").asText(""), n.path("studyDate").asText(""),
                    n.path("accession").asText(""), n.path("modalities").asText(""), n.path("description").asText(""),
                    n.path("seriesCount").asInt(-1), n.path("instanceCount").asInt(-1)));
        }
        return List.copyOf(rows);
    }

    /** Puts {@code row} first (removing an older entry of the same study on the same server) and saves. */
    public List<StudyRow> add(StudyRow row) throws IOException {
        List<StudyRow> rows = new ArrayList<>(load());
        rows.removeIf(r -> r.server().equals(row.server()) && r.studyUid().equals(row.studyUid()));
        rows.addFirst(row);
        while (rows.size() > LIMIT) {
            rows.removeLast();
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("studies");
        for (StudyRow r : rows) {
            ObjectNode n = list.addObject();
            n.put("server", r.server());
            n.put("studyUid", r.studyUid());
            n.put("patientName", r.patientName());
            n.put("patientId", r.patientId());
            n.put("birthDate", r.birthDate());
            n.put("studyDate", r.studyDate());
            n.put("accession", r.accession());
            n.put("modalities", r.modalities());
            n.put("description", r.description());
            n.put("seriesCount", r.seriesCount());
            n.put("instanceCount", r.instanceCount());
        }
        folder.writeAtomically(NAME, JSON.writeValueAsBytes(root));
        return List.copyOf(rows);
    }
}
