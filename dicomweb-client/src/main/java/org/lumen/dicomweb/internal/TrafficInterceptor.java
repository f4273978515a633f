package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

import org.lumen.dicomweb.TrafficListener;

/**
 * A network interceptor telling a {@link TrafficListener} about each exchange: started when sent,
 * bytes as the response body is read (as on the wire), ended once when the body is exhausted or
 * closed, or when the exchange fails.
 */
public final class TrafficInterceptor implements Interceptor {
    private final TrafficListener listener;

    public TrafficInterceptor(TrafficListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        var body = chain.request().body();
        listener.exchangeStarted(body == null ? 0 : body.contentLength());
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException | RuntimeException e) {
            listener.exchangeEnded();
            throw e;
        }
        return response.newBuilder().body(new Counting(response.body(), listener)).build();
    }

    private static final class Counting extends ResponseBody {
        private final ResponseBody body;
        private final BufferedSource source;
        /** Parsed once: OkHttp asks for it several times per response, and each time the header is parsed again. */
        private final MediaType contentType;

        Counting(ResponseBody body, TrafficListener listener) {
            this.body = body;
            this.contentType = body.contentType();
            AtomicBoolean ended = new AtomicBoolean();
            this.source = Okio.buffer(new ForwardingSource(body.source()) {
                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                    long n;
                    try {
                        n = super.read(sink, byteCount);
                    } catch (IOException e) {
                        end();
                        throw e;
                    }
                    if (n > 0) {
                        listener.bytesReceived(n);
                    } else if (n == -1) {
                        end();
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    end();
                    super.close();
                }

                private void end() {
                    if (ended.compareAndSet(false, true)) {
                        listener.exchangeEnded();
                    }
                }
            });
        }

        @Override
        public MediaType contentType() {
            return contentType;
        }

        @Override
        public long contentLength() {
            return body.contentLength();
        }

        @Override
        public BufferedSource source() {
            return source;
        }
    }
}
