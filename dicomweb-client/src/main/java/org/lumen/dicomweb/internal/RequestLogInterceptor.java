package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicomweb.DicomWebException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every exchange with a server through SLF4J: at INFO the method, the path and query with
 * patient identifiers and UIDs redacted ({@link LogRedaction}), the status and the time taken; at
 * DEBUG additionally the full URL. Headers are never logged, so neither are credentials. Stateless.
 */
public final class RequestLogInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogInterceptor.class);

    private final String serverName;

    public RequestLogInterceptor(String serverName) {
        this.serverName = serverName;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        try {
            Response response = chain.proceed(request);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (LOG.isInfoEnabled()) {
                LOG.info("{} {} -> {} ({} ms)", serverName, LogRedaction.line(request), response.code(), ms);
            }
            LOG.debug("{} {} {} -> {} {}", serverName, request.method(), request.url(), response.code(),
                    response.protocol());
            return response;
        } catch (IOException | RuntimeException e) {
            if (LOG.isInfoEnabled()) {
                LOG.info("{} {} failed: {}", serverName, LogRedaction.line(request),
                        e instanceof DicomWebException d ? d.problem() : e.getClass().getSimpleName());
            }
            LOG.debug("{} {} {} failed", serverName, request.method(), request.url(), e);
            throw e;
        }
    }
}
