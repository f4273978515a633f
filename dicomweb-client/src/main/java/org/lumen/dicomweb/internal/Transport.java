package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.lumen.dicomweb.CallOptions;
import org.lumen.dicomweb.Cancellation;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * Runs requests to one server: at most {@code maxConcurrentRequests} at once (a slot is held until
 * the response is fully handled, and freed slots go to interactive requests before prefetch), each
 * cancellable through its {@link CallOptions}' token, and always closes the response. Views made
 * with {@link #withOptions} share the slots. Thread-safe.
 */
public final class Transport {
    private static final int ERROR_BODY_CHARS = 300;

    private final OkHttpClient client;
    private final RequestGate gate;
    private final String serverName;
    private final CallOptions options;

    public Transport(OkHttpClient client, int maxConcurrentRequests, String serverName) {
        this(client, new RequestGate(maxConcurrentRequests), serverName, CallOptions.defaults());
    }

    private Transport(OkHttpClient client, RequestGate gate, String serverName, CallOptions options) {
        this.client = client;
        this.gate = gate;
        this.serverName = serverName;
        this.options = options;
    }

    /** This transport with other priority and cancellation, sharing the server's slots. */
    public Transport withOptions(CallOptions newOptions) {
        return new Transport(client, gate, serverName, newOptions);
    }

    /** Requests waiting for a slot to this server (all views together). */
    public int queued() {
        return gate.queued();
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
        TimeoutHeartbeat.INSTANCE.touch();
        Cancellation cancellation = options.cancellation();
        boolean slot;
        try {
            slot = gate.acquire(options.priority(), cancellation);
        } catch (InterruptedIOException e) {
            throw new InterruptedIOException("interrupted waiting for a connection slot to " + serverName);
        }
        if (!slot) {
            throw cancelled(request, null);
        }
        try {
            if (cancellation.isCancelled()) {
                throw cancelled(request, null);
            }
            Call call = client.newCall(request);
            try (Cancellation.Registration stop = cancellation.onCancel(call::cancel);
                    Response response = call.execute()) {
                return handler.handle(response);
            } catch (IOException | RuntimeException e) {
                if (cancellation.isCancelled() || call.isCanceled()) {
                    throw cancelled(request, e);
                }
                throw e;
            }
        } finally {
            gate.release();
        }
    }

    /** A CANCELLED error; it names the server and method only (the path carries UIDs). */
    private DicomWebException cancelled(Request request, Throwable cause) {
        return new DicomWebException(Problem.CANCELLED, -1,
                request.method() + " to " + serverName + " cancelled", cause);
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

    /**
     * An HTTP_STATUS error naming the server, method, path and status, with the start of the body;
     * UIDs and identifying query values are redacted ({@link LogRedaction}), as the message may be
     * shown to users and logged.
     */
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
                serverName + " answered " + response.code() + " to " + LogRedaction.line(request)
                        + (excerpt.isEmpty() ? "" : ": " + LogRedaction.text(request, excerpt)), null);
    }
}
