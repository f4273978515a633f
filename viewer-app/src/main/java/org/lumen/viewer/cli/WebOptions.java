package org.lumen.viewer.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;

import picocli.CommandLine.Option;

/**
 * The server options every {@code lumen web} subcommand shares, and the translation of transport
 * failures into one-line {@link CommandFailure}s. The password may come from {@code LUMEN_PASSWORD}
 * so that it is not in the process list; no secret is ever printed.
 */
final class WebOptions {
    @Option(names = "--url", required = true, paramLabel = "<url>", description = "DICOMweb root, e.g. http://host:8042/dicom-web")
    URI url;

    @Option(names = "--user", paramLabel = "<user>", description = "HTTP Basic user name")
    Optional<String> user = Optional.empty();

    @Option(names = "--password", paramLabel = "<password>", defaultValue = "${env:LUMEN_PASSWORD}",
            description = "HTTP Basic password (default: environment variable LUMEN_PASSWORD)")
    Optional<String> password = Optional.empty();

    @Option(names = "--token", paramLabel = "<token>", description = "Bearer token")
    Optional<String> token = Optional.empty();

    @Option(names = "--orthanc", description = "the server is Orthanc (same as --query-encoding literal)")
    boolean orthanc;

    @Option(names = "--query-encoding", paramLabel = "literal|strict", defaultValue = "literal",
            description = "how query values are encoded: literal (default; Orthanc does not percent-decode) or strict")
    String queryEncoding = "literal";

    DicomWebClient client() {
        Auth auth;
        if (token.isPresent() && user.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "give either --user or --token, not both");
        } else if (token.isPresent()) {
            String t = token.get();
            auth = Auth.bearer(() -> t);
        } else if (user.isPresent()) {
            auth = Auth.basic(user.get(), password.orElse("").toCharArray());
        } else {
            auth = Auth.none();
        }
        QueryEncoding encoding = switch (orthanc ? "literal" : queryEncoding) {
            case "literal" -> QueryEncoding.LITERAL;
            case "strict" -> QueryEncoding.STRICT;
            default -> throw new CommandFailure(LumenCommand.USAGE, "--query-encoding must be literal or strict");
        };
        ServerConfig config;
        try {
            config = ServerConfig.of(url.getHost() == null ? "server" : url.getHost(), url);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LumenCommand.USAGE, "bad --url: " + e.getMessage());
        }
        return DicomWebClient.builder().server(config.withAuth(auth).withQueryEncoding(encoding)).build();
    }

    /** A one-line failure for an I/O error talking to the server. */
    CommandFailure explain(IOException e) {
        if (e instanceof DicomWebException web && web.statusCode().isPresent()) {
            int code = web.statusCode().getAsInt();
            if (code == 401 || code == 403) {
                return new CommandFailure(LumenCommand.FAILURE,
                        "authentication failed at " + url + " (HTTP " + code + ")");
            }
            return new CommandFailure(LumenCommand.FAILURE, web.getMessage());
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException
                || e.getCause() instanceof ConnectException) {
            return new CommandFailure(LumenCommand.FAILURE, "cannot reach " + url + ": " + e.getMessage());
        }
        return new CommandFailure(LumenCommand.FAILURE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** A call to the server. */
    @FunctionalInterface
    interface ServerCall<T> {
        T run(DicomWebClient client) throws IOException;
    }

    /** Runs a call, turning its I/O failures into {@link CommandFailure}s. */
    <T> T call(ServerCall<T> action) {
        DicomWebClient client = client();
        try {
            return action.run(client);
        } catch (IOException e) {
            throw explain(e);
        }
    }
}
