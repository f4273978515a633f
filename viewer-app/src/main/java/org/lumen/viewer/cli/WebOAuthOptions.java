package org.lumen.viewer.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lumen.dicomweb.OAuth2;
import org.lumen.dicomweb.TokenProvider;

import picocli.CommandLine.Option;

/**
 * The OAuth 2.0 options of {@code lumen web}: client credentials, a stored refresh token, or an
 * interactive browser sign-in (authorization code + PKCE with a loopback redirect). The client
 * secret comes from {@code --client-secret-file} or {@code LUMEN_CLIENT_SECRET}, never from the
 * command line; no secret is ever printed.
 */
final class WebOAuthOptions {
    static final String SECRET_VARIABLE = "LUMEN_CLIENT_SECRET";

    @Option(names = "--oauth-token-url", paramLabel = "<url>", description = "OAuth 2.0 token endpoint")
    Optional<URI> tokenUrl = Optional.empty();

    @Option(names = "--oidc-issuer", paramLabel = "<url>",
            description = "OpenID Connect issuer; its endpoints are read from /.well-known/openid-configuration")
    Optional<URI> issuer = Optional.empty();

    @Option(names = "--client-id", paramLabel = "<id>", description = "OAuth 2.0 client id")
    Optional<String> clientId = Optional.empty();

    @Option(names = "--client-secret-file", paramLabel = "<file>",
            description = "file holding the client secret (default: environment variable LUMEN_CLIENT_SECRET)")
    Optional<Path> secretFile = Optional.empty();

    @Option(names = "--scope", paramLabel = "<scope>", split = ",", description = "OAuth 2.0 scope (repeatable or comma-separated)")
    List<String> scopes = List.of();

    @Option(names = "--refresh-token-file", paramLabel = "<file>", description = "file holding a refresh token from an earlier sign-in")
    Optional<Path> refreshTokenFile = Optional.empty();

    @Option(names = "--login", description = "sign in interactively in a browser (authorization code + PKCE); the URL is"
            + " printed when no browser can be opened")
    boolean login;

    /** Only there to refuse a secret typed on the command line (it would sit in the process list and shell history). */
    @Option(names = "--client-secret", hidden = true, paramLabel = "<secret>")
    Optional<String> refusedSecret = Optional.empty();

    /** Whether any OAuth option was given. */
    boolean requested() {
        return tokenUrl.isPresent() || issuer.isPresent() || clientId.isPresent() || secretFile.isPresent()
                || !scopes.isEmpty() || refreshTokenFile.isPresent() || login || refusedSecret.isPresent();
    }

    /**
     * The token provider these options describe, reaching the identity provider with {@code tls} (the
     * server's --ca-file and client certificate); the grant runs (and may fail) at the first request.
     */
    TokenProvider tokens(CliEnvironment environment, PrintWriter err, org.lumen.dicomweb.TlsOptions tls) throws IOException {
        if (refusedSecret.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "the client secret is never taken on the command line:"
                    + " use --client-secret-file or " + SECRET_VARIABLE);
        }
        if (tokenUrl.isPresent() == issuer.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "OAuth 2.0 needs exactly one of --oauth-token-url or --oidc-issuer");
        }
        if (clientId.isEmpty() || clientId.get().isBlank()) {
            throw new CommandFailure(LumenCommand.USAGE, "OAuth 2.0 needs --client-id");
        }
        if (login && refreshTokenFile.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "give either --login or --refresh-token-file, not both");
        }
        OAuth2.Builder builder = OAuth2.builder().clientId(clientId.get()).scopes(scopes.toArray(String[]::new)).tls(tls);
        builder = tokenUrl.isPresent() ? builder.tokenEndpoint(checked("--oauth-token-url", tokenUrl.get()))
                : builder.issuer(checked("--oidc-issuer", issuer.get()));
        Optional<String> secret = secretFile.map(f -> WebOptions.readSecretFile("--client-secret-file", f))
                .or(() -> environment.variable(SECRET_VARIABLE).map(String::strip));
        if (secret.isPresent()) {
            builder = builder.clientSecret(secret.get().toCharArray());
        }
        if (login) {
            if (tokenUrl.isPresent()) {
                throw new CommandFailure(LumenCommand.USAGE, "--login needs --oidc-issuer (the sign-in page is discovered from it)");
            }
            return builder.browserLogin(browser(err));
        }
        if (refreshTokenFile.isPresent()) {
            return builder.refreshToken(WebOptions.readSecretFile("--refresh-token-file", refreshTokenFile.get()).toCharArray());
        }
        if (secret.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "client credentials need a secret: --client-secret-file or "
                    + SECRET_VARIABLE + " (or use --login or --refresh-token-file)");
        }
        return builder.clientCredentials();
    }

    private static URI checked(String option, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new CommandFailure(LumenCommand.USAGE, option + " must be an http(s) URL: " + uri);
        }
        return uri;
    }

    /** Opens the sign-in page in the desktop browser, or prints its URL when there is none. */
    static Consumer<URI> browser(PrintWriter err) {
        return uri -> {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                try {
                    Desktop.getDesktop().browse(uri);
                    err.println("lumen: signing in in your browser; waiting for the sign-in to finish");
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    // fall through to printing the URL
                }
            }
            err.println("lumen: open this URL in a browser to sign in:");
            err.println(uri);
            err.flush();
        };
    }
}
