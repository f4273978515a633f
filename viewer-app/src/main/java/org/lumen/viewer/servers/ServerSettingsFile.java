package org.lumen.viewer.servers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lumen.dicomweb.QueryEncoding;

/**
 * Reads and writes {@code servers.json} in the {@link ConfigFolder}: an indented JSON object
 * {@code {"version": 1, "servers": [...]}} a person can read and edit. No secret is ever written:
 * {@link AuthSettings} holds none. Blocking file I/O; call off the FX thread where it matters.
 */
public final class ServerSettingsFile {
    /** The file name inside the configuration folder. */
    public static final String NAME = "servers.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ConfigFolder folder;

    public ServerSettingsFile(ConfigFolder folder) {
        this.folder = folder;
    }

    /** The configured servers; none when the file does not exist. */
    public List<ServerSettings> load() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.file(NAME));
        } catch (NoSuchFileException e) {
            return List.of();
        }
        try {
            return parse(JSON.readTree(bytes));
        } catch (JsonProcessingException e) {
            throw new IOException(folder.file(NAME) + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(folder.file(NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the file atomically with these servers; names must be unique. */
    public void save(List<ServerSettings> servers) throws IOException {
        Set<String> names = new HashSet<>();
        for (ServerSettings s : servers) {
            if (!names.add(s.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("two servers are named " + s.name());
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode list = root.putArray("servers");
        for (ServerSettings s : servers) {
            ObjectNode node = list.addObject();
            node.put("id", s.id());
            node.put("name", s.name());
            node.put("qidoRoot", s.qidoRoot().toString());
            node.put("wadoRoot", s.wadoRoot().toString());
            node.put("stowRoot", s.stowRoot().toString());
            ObjectNode auth = node.putObject("auth");
            auth.put("kind", s.auth().kind());
            if (s.auth() instanceof AuthSettings.OAuthClientCredentials oauth) {
                auth.put(oauth.discover() ? "issuer" : "tokenUrl", oauth.endpoint().toString());
                auth.put("clientId", oauth.clientId());
                auth.put("scope", oauth.scope());
            }
            if (s.auth() instanceof AuthSettings.OidcSignIn oidc) {
                auth.put("issuer", oidc.issuer().toString());
                auth.put("clientId", oidc.clientId());
                auth.put("scope", oidc.scope());
            }
            if (s.auth() instanceof AuthSettings.Basic basic) {
                auth.put("user", basic.user());
            }
            ObjectNode tls = node.putObject("tls");
            tls.put("caBundle", s.tls().caBundle());
            tls.put("clientCertificate", s.tls().clientCertificate());
            if (!s.tls().clientKey().isEmpty()) {
                tls.put("clientKey", s.tls().clientKey());
            }
            node.put("queryEncoding", s.queryEncoding().name().toLowerCase(Locale.ROOT));
        }
        folder.writeAtomically(NAME, JSON.writeValueAsBytes(root));
    }

    private static List<ServerSettings> parse(JsonNode root) {
        if (!root.isObject() || root.path("version").asInt(0) != 1 || !root.path("servers").isArray()) {
            throw new IllegalArgumentException("expected {\"version\": 1, \"servers\": [...]}");
        }
        List<ServerSettings> servers = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("servers")) {
            try {
                servers.add(new ServerSettings(text(node, "id"), text(node, "name"), URI.create(text(node, "qidoRoot")),
                        URI.create(text(node, "wadoRoot")), URI.create(text(node, "stowRoot")), auth(node.path("auth")),
                        new TlsSettings(node.path("tls").path("caBundle").asText(""),
                                node.path("tls").path("clientCertificate").asText(""),
                                node.path("tls").path("clientKey").asText("")),
                        encoding(node.path("queryEncoding").asText("strict"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("server " + index + ": " + e.getMessage(), e);
            }
            index++;
        }
        return List.copyOf(servers);
    }

    private static AuthSettings auth(JsonNode node) {
        String kind = node.path("kind").asText("none");
        return switch (kind) {
            case "none" -> new AuthSettings.None();
            case "basic" -> new AuthSettings.Basic(text(node, "user"));
            case "bearer" -> new AuthSettings.Bearer();
            case "oauth2-client-credentials" -> new AuthSettings.OAuthClientCredentials(
                    URI.create(node.has("issuer") ? text(node, "issuer") : text(node, "tokenUrl")), node.has("issuer"),
                    text(node, "clientId"), node.path("scope").asText(""));
            case "oidc-browser" -> new AuthSettings.OidcSignIn(URI.create(text(node, "issuer")), text(node, "clientId"),
                    node.path("scope").asText(""));
            default -> throw new IllegalArgumentException("unknown auth kind \"" + kind + "\"");
        };
    }

    private static QueryEncoding encoding(String text) {
        return switch (text) {
            case "literal" -> QueryEncoding.LITERAL;
            case "strict" -> QueryEncoding.STRICT;
            default -> throw new IllegalArgumentException("queryEncoding must be literal or strict: " + text);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field \"" + field + "\"");
        }
        return value.asText();
    }
}
