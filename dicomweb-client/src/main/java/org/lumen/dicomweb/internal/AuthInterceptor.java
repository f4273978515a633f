package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicomweb.Auth;

/**
 * Adds the Authorization header of one server's {@link Auth}. Installed as an application
 * interceptor, so OkHttp drops the header on a redirect to another host. Thread-safe.
 */
public final class AuthInterceptor implements Interceptor {
    private final Auth auth;

    public AuthInterceptor(Auth auth) {
        this.auth = auth;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String value = switch (auth) {
            case Auth.None none -> null;
            case Auth.Basic basic -> basicHeader(basic);
            case Auth.Bearer bearer -> bearerHeader(bearer);
        };
        if (value != null) {
            request = request.newBuilder().header("Authorization", value).build();
        }
        return chain.proceed(request);
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
