package org.lumen.viewer.servers;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.SSLException;

import org.lumen.dicom.DataSet;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.RetryPolicy;

/**
 * "Test connection": one real QIDO-RS study search ({@code limit=1}, one quick retry) with the settings
 * as entered, and the outcome in words. Blocks; run it off the FX thread.
 */
public final class ConnectionTest {
    /**
     * One quick retry: a server that refuses a missing client certificate under TLS 1.3 closes the
     * connection after the handshake, so the first request may only see a broken pipe; the second
     * attempt receives the server's alert and reports the real reason.
     */
    private static final RetryPolicy ONE_RETRY = new RetryPolicy(2, java.time.Duration.ofMillis(50),
            java.time.Duration.ofMillis(50), java.time.Duration.ZERO);

    private ConnectionTest() {}

    /** What the test found. */
    public enum Outcome { SUCCESS, AUTH_FAILED, TLS_FAILED, UNREACHABLE, SERVER_ERROR, BAD_SETTINGS }

    /** The outcome and a sentence for the user. */
    public record Report(Outcome outcome, String message) {
        public Report {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Tests {@code server} with the secret and client key password typed in the dialog. */
    public static Report run(ServerSettings server, char[] secret, char[] clientKeyPassword) {
        return run(server, secret, clientKeyPassword, new SignIns(new SessionCredentialStore(
                new UnavailableCredentialStore("the connection test was given no credential store"))));
    }

    /** As above; a server that signs in with OpenID uses its sign-in in {@code signIns}. */
    public static Report run(ServerSettings server, char[] secret, char[] clientKeyPassword, SignIns signIns) {
        DicomWebClient client;
        try {
            client = ServerClients.client(server, secret, clientKeyPassword, ONE_RETRY,
                    org.lumen.dicomweb.TrafficListener.NONE, signIns);
        } catch (IOException e) {
            if (e instanceof DicomWebException web && web.problem() == DicomWebException.Problem.AUTHENTICATION) {
                return explain(server, web); // OIDC discovery failed while the client was made
            }
            return new Report(Outcome.BAD_SETTINGS, "The TLS settings cannot be used: " + e.getMessage());
        }
        try {
            List<DataSet> found = client.search(QidoQuery.studies().limit(1).build());
            return new Report(Outcome.SUCCESS, "Connected to " + server.qidoRoot() + ": the study search answered"
                    + (found.isEmpty() ? " (no studies stored yet)." : "."));
        } catch (IOException e) {
            return explain(server, e);
        }
    }

    /** Classifies a failure of a request to {@code server}. */
    public static Report explain(ServerSettings server, IOException e) {
        if (e instanceof DicomWebException web && web.problem() == DicomWebException.Problem.TLS) {
            return new Report(Outcome.TLS_FAILED, "TLS failed: " + web.getMessage()
                    + " (is the address https on a TLS port, and is its certificate authority trusted? Add a CA bundle.)");
        }
        if (e instanceof DicomWebException web && web.problem() == DicomWebException.Problem.AUTHENTICATION) {
            if (server.auth() instanceof AuthSettings.OidcSignIn) {
                return new Report(Outcome.AUTH_FAILED, SignIns.sentence(web, "Sign-in refused: "));
            }
            return new Report(Outcome.AUTH_FAILED, (server.auth() instanceof AuthSettings.OAuthClientCredentials
                    ? "Sign-in refused: " : "Authentication failed: ") + web.getMessage());
        }
        if (e instanceof DicomWebException web && web.statusCode().isPresent()) {
            int code = web.statusCode().getAsInt();
            if ((code == 401 || code == 403) && server.auth() instanceof AuthSettings.OidcSignIn) {
                return new Report(Outcome.AUTH_FAILED, "The server refused the signed-in user's token (HTTP " + code
                        + "): is this user allowed on it, and do the scopes include what it asks for?");
            }
            if (code == 401 || code == 403) {
                return new Report(Outcome.AUTH_FAILED, "Authentication failed (HTTP " + code + "): check the "
                        + (server.auth() instanceof AuthSettings.Bearer ? "token." : "user name and password."));
            }
            if (code == 404) {
                return new Report(Outcome.SERVER_ERROR, "HTTP 404: " + server.qidoRoot()
                        + " does not look like a DICOMweb root (QIDO-RS /studies not found).");
            }
            return new Report(Outcome.SERVER_ERROR, "The server answered HTTP " + code + ".");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException ssl) {
                return new Report(Outcome.TLS_FAILED, "TLS failed: " + ssl.getMessage()
                        + " (is the address https on a TLS port, and is its certificate authority trusted? Add a CA bundle.)");
            }
            if (t instanceof UnknownHostException) {
                return new Report(Outcome.UNREACHABLE, "Unreachable: unknown host " + server.qidoRoot().getHost() + ".");
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new Report(Outcome.UNREACHABLE, "Unreachable: nothing answers at " + server.qidoRoot().getHost()
                        + ":" + port(server) + " (" + t.getMessage() + ").");
            }
            if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException) {
                return new Report(Outcome.UNREACHABLE, "Unreachable: " + server.qidoRoot() + " did not answer in time.");
            }
        }
        if ("https".equalsIgnoreCase(server.qidoRoot().getScheme()) && e instanceof java.net.SocketException) {
            return new Report(Outcome.TLS_FAILED, "TLS failed: the server closed the connection after the handshake ("
                    + e.getMessage() + "); it may require a client certificate, or refuse the one set here.");
        }
        return new Report(Outcome.SERVER_ERROR, "The search failed: " + e.getMessage());
    }

    private static int port(ServerSettings server) {
        int port = server.qidoRoot().getPort();
        return port >= 0 ? port : "https".equalsIgnoreCase(server.qidoRoot().getScheme()) ? 443 : 80;
    }
}
