package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicomweb.AccessToken;
import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.TokenProvider;

/**
 * Adds the Authorization header of one server's {@link Auth}. Installed as an application
 * interceptor, so OkHttp drops the header on a redirect to another host. With
 * {@link Auth.Tokens}, a 401 answer makes it ask the provider once for a replacement token and
 * send the request once more (never more: a second 401 is returned as it is; a request whose body
 * cannot be sent twice is not repeated). Thread-safe.
 */
public final class AuthInterceptor implements Interceptor {
    private final Auth auth;

    public AuthInterceptor(Auth auth) {
        this.auth = auth;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        return switch (auth) {
            case Auth.None none -> chain.proceed(request);
            case Auth.Basic basic -> chain.proceed(withHeader(request, basicHeader(basic)));
            case Auth.Bearer bearer -> chain.proceed(withHeader(request, bearerHeader(bearer)));
            case Auth.Tokens tokens -> withTokens(chain, request, tokens.provider());
            case Auth.AwsSigV4 aws -> chain.proceed(signed(request, aws));
        };
    }

    /** The request with x-amz-date, the session token if any, and the SigV4 Authorization header. */
    private static Request signed(Request request, Auth.AwsSigV4 aws) throws IOException {
        String payload = AwsSigV4Signer.EMPTY_PAYLOAD;
        if (request.body() != null) {
            if (request.body().isOneShot()) {
                throw new IOException("a one-shot request body cannot be hashed for AWS SigV4 signing");
            }
            okio.HashingSink hashing = okio.HashingSink.sha256(okio.Okio.blackhole());
            try (okio.BufferedSink sink = okio.Okio.buffer(hashing)) {
                request.body().writeTo(sink);
            }
            payload = hashing.hash().hex();
        }
        java.net.URI uri = request.url().uri();
        boolean defaultPort = request.url().port() == okhttp3.HttpUrl.defaultPort(request.url().scheme());
        String host = request.url().host() + (defaultPort ? "" : ":" + request.url().port());
        AwsSigV4Signer.Signed signed = AwsSigV4Signer.sign(request.method(), uri, java.util.Map.of("host", host), payload,
                aws.credentials(), aws.region(), aws.service(), java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
        Request.Builder builder = request.newBuilder().header("X-Amz-Date", signed.amzDate()).header("Authorization", signed.authorization());
        aws.credentials().sessionToken().ifPresent(token -> builder.header("X-Amz-Security-Token", token));
        return builder.build();
    }

    private static Request withHeader(Request request, String authorization) {
        return request.newBuilder().header("Authorization", authorization).build();
    }

    private static Response withTokens(Chain chain, Request request, TokenProvider provider) throws IOException {
        AccessToken token = provider.current();
        Response response = chain.proceed(bearer(request, token));
        boolean repeatable = request.body() == null || !request.body().isOneShot();
        if (response.code() != 401 || !repeatable) {
            return response;
        }
        response.close();
        AccessToken replacement = provider.refresh(token);
        return chain.proceed(bearer(request, replacement));
    }

    private static Request bearer(Request request, AccessToken token) {
        return withHeader(request, "Bearer " + token.value());
    }

    private static String basicHeader(Auth.Basic basic) {
        char[] password = basic.password();
        try {
            return Credentials.basic(basic.user(), new String(password), StandardCharsets.UTF_8);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static String bearerHeader(Auth.Bearer bearer) throws IOException {
        String token = bearer.tokens().get();
        if (token == null || token.isBlank() || token.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new IOException("the bearer token provider returned no usable token");
        }
        return "Bearer " + token;
    }

    @Override
    public String toString() {
        return "AuthInterceptor[" + auth + "]";
    }
}
