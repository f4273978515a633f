package org.lumen.dicomweb.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks for {@code Accept-Encoding: identity} on pixel, frame, bulk, instance and rendered requests,
 * so that OkHttp does not ask for gzip (a server that gzips every frame delivers a small fraction of
 * its raw throughput). JSON requests keep OkHttp's transparent gzip. Stateless.
 */
public final class ContentEncodingInterceptor implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RequestKind kind = request.tag(RequestKind.class);
        if (kind != null && !kind.gzipAllowed() && request.header("Accept-Encoding") == null) {
            request = request.newBuilder().header("Accept-Encoding", "identity").build();
        }
        return chain.proceed(request);
    }
}
