package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * Runs requests to one server: at most {@code maxConcurrentRequests} at once (a permit is held
 * until the response is fully handled), and always closes the response. Thread-safe.
 */
public final class Transport {
    private static final int ERROR_BODY_CHARS = 300;

    private final OkHttpClient client;
    private final Semaphore permits;
    private final String serverName;

    public Transport(OkHttpClient client, int maxConcurrentRequests, String serverName) {
        this.client = client;
        this.permits = new Semaphore(maxConcurrentRequests, true);
        this.serverName = serverName;
    }

    /** What to do with a response; it is closed afterwards. */
    @FunctionalInterface
    public interface ResponseHandler<T> {
        T handle(Response response) throws IOException;
    }

    public OkHttpClient client() {
        return client;
    }

    /** Executes the request and hands any response (whatever its status) to the handler. */
    public <T> T execute(Request request, ResponseHandler<T> handler) throws IOException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for a connection slot to " + serverName);
        }
        try (Response response = client.newCall(request).execute()) {
            return handler.handle(response);
        } finally {
            permits.release();
        }
    }

    /** Executes the request; a non-2xx status becomes a {@link DicomWebException}. */
    public <T> T executeOk(Request request, ResponseHandler<T> handler) throws IOException {
        return execute(request, response -> {
            if (!response.isSuccessful()) {
                throw statusError(response);
            }
            return handler.handle(response);
        });
    }

    /** An HTTP_STATUS error naming the server, method, path and status, with the start of the body. */
    public DicomWebException statusError(Response response) {
        String excerpt = "";
        try {
            ResponseBody body = response.body();
            byte[] start = body.source().peek().readByteArray(Math.min(ERROR_BODY_CHARS,
                    body.source().request(ERROR_BODY_CHARS) ? ERROR_BODY_CHARS : body.source().getBuffer().size()));
            excerpt = new String(start, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        } catch (IOException | RuntimeException unreadable) {
            excerpt = "";
        }
        Request request = response.request();
        return new DicomWebException(Problem.HTTP_STATUS, response.code(),
                serverName + " answered " + response.code() + " to " + request.method() + " "
                        + request.url().encodedPath() + (excerpt.isEmpty() ? "" : ": " + excerpt), null);
    }
}
