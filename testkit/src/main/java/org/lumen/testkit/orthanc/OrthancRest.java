package org.lumen.testkit.orthanc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few Orthanc REST calls the test kit itself needs, over {@link HttpClient}. */
final class OrthancRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final Optional<Credentials> credentials;

    OrthancRest(HttpClient client, Optional<Credentials> credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        credentials.ifPresent(c -> b.header("Authorization", c.authorizationHeader()));
        return b;
    }

    /** One health probe: true when {@code GET /system} answers 200; false when nobody listens. */
    boolean answersSystem(URI base) {
        HttpRequest req = request(base.resolve("/system")).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrthancException("interrupted while probing " + base, e);
        }
    }

    JsonNode getJson(URI uri) {
        HttpResponse<String> r = send(request(uri).GET().build());
        expect(r, 200);
        return parse(r);
    }

    void delete(URI uri) {
        expect(send(request(uri).DELETE().build()), 200);
    }

    List<StoredInstance> upload(URI base, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a file: " + file);
        }
        HttpRequest req;
        try {
            req = request(base.resolve("/instances")).header("Content-Type", "application/dicom")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        } catch (IOException e) {
            throw new OrthancException("cannot read " + file, e);
        }
        HttpResponse<String> r = send(req);
        if (r.statusCode() != 200) {
            throw new OrthancException("Orthanc refused " + file + ": HTTP " + r.statusCode() + " " + r.body());
        }
        JsonNode body = parse(r);
        List<StoredInstance> out = new ArrayList<>();
        for (JsonNode n : body.isArray() ? body : List.of(body)) {
            out.add(new StoredInstance(text(n, "ID"), text(n, "Status"), text(n, "ParentPatient"),
                    text(n, "ParentStudy"), text(n, "ParentSeries")));
        }
        return out;
    }

    HttpResponse<String> send(HttpRequest req) {
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OrthancException(req.method() + " " + req.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrthancException("interrupted: " + req.method() + " " + req.uri(), e);
        }
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new OrthancException(r.request().method() + " " + r.uri() + ": expected HTTP " + status
                    + " but got " + r.statusCode() + " " + r.body());
        }
    }

    private static JsonNode parse(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new OrthancException("not JSON from " + r.uri() + ": " + r.body(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new OrthancException("Orthanc answer lacks \"" + field + "\": " + n);
        }
        return v.asText();
    }
}
