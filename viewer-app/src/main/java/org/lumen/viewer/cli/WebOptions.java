package org.lumen.viewer.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lumen.dicomweb.Auth;
import org.lumen.dicomweb.AwsCredentials;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.dicomweb.ServerProfile;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The server options every {@code lumen web} subcommand shares, and the translation of transport
 * failures into one-line {@link CommandFailure}s. The password may come from {@code LUMEN_PASSWORD},
 * the bearer token from {@code --token-file} or {@code LUMEN_TOKEN}, so that no secret need be in the
 * process list; no secret is ever printed.
 */
final class WebOptions {
    static final String TOKEN_VARIABLE = "LUMEN_TOKEN";
    private static final int MAX_TOKEN_FILE_BYTES = 64 * 1024;

    private final CliEnvironment environment;

    WebOptions(CliEnvironment environment) {
        this.environment = environment;
    }

    WebOptions() {
        this(CliEnvironment.system());
    }

    @Option(names = "--url", paramLabel = "<url>",
            description = "DICOMweb root, e.g. http://host:8042/dicom-web (with --profile: the server's address the profile asks for)")
    URI url;

    @Option(names = "--profile", paramLabel = "<profile>",
            description = "the archive's kind: generic, orthanc, dcm4chee, google, azure, aws (docs/server-profiles.md): builds the "
                    + "DICOMweb root from --url and --param values and picks the query encoding; aws signs with AWS SigV4 using "
                    + "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN")
    Optional<String> profile = Optional.empty();

    @Option(names = "--param", paramLabel = "<key=value>",
            description = "a value the profile needs, e.g. --param aet=DCM4CHEE (dcm4chee), --param project=P --param location=L "
                    + "--param dataset=D --param dicomStore=S (google), --param region=us-east-1 --param datastore=ID (aws)")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Option(names = "--server", paramLabel = "<name>",
            description = "a server configured in the workstation (Servers \u25B8 Settings): its URLs, TLS settings and stored "
                    + "secrets, including a browser sign-in (the secrets file's passphrase: environment variable "
                    + ConfiguredServer.PASSPHRASE_VARIABLE + ", else asked on the terminal)")
    Optional<String> configured = Optional.empty();

    @Option(names = "--user", paramLabel = "<user>", description = "HTTP Basic user name")
    Optional<String> user = Optional.empty();

    @Option(names = "--password", paramLabel = "<password>", defaultValue = "${env:LUMEN_PASSWORD}",
            description = "HTTP Basic password (default: environment variable LUMEN_PASSWORD)")
    Optional<String> password = Optional.empty();

    @Option(names = "--token", paramLabel = "<token>",
            description = "Bearer token (visible in the process list: prefer --token-file or the environment variable LUMEN_TOKEN,"
                    + " which is used when neither --token, --token-file nor --user is given)")
    Optional<String> token = Optional.empty();

    @Option(names = "--token-file", paramLabel = "<file>", description = "file holding the bearer token (surrounding whitespace ignored)")
    Optional<Path> tokenFile = Optional.empty();

    @Option(names = "--orthanc", description = "the server is Orthanc (same as --query-encoding literal)")
    boolean orthanc;

    @Option(names = "--query-encoding", paramLabel = "literal|strict", defaultValue = "literal",
            description = "how query values are encoded: literal (default; Orthanc does not percent-decode) or strict")
    String queryEncoding = "literal";

    @Mixin
    WebTlsOptions tls = new WebTlsOptions();

    @Mixin
    WebOAuthOptions oauth = new WebOAuthOptions();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    CliEnvironment environment() {
        return environment;
    }

    /** The bearer token: --token, else --token-file, else LUMEN_TOKEN unless --user is given. */
    Optional<String> bearerToken() {
        if (token.isPresent() && tokenFile.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "give either --token or --token-file, not both");
        }
        Optional<String> explicit = token.isPresent() ? token : tokenFile.map(f -> readSecretFile("--token-file", f));
        if (explicit.isPresent() && user.isPresent()) {
            throw new CommandFailure(LumenCommand.USAGE, "give either --user or a token, not both");
        }
        if (explicit.isPresent() && explicit.get().isBlank()) {
            throw new CommandFailure(LumenCommand.USAGE, "the bearer token is empty");
        }
        return explicit.isPresent() || user.isPresent() ? explicit : environment.variable(TOKEN_VARIABLE).map(String::strip);
    }

    /** One secret (a token, a client secret) of visible ASCII from a small file, for option {@code option}. */
    static String readSecretFile(String option, Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_TOKEN_FILE_BYTES) {
                throw new CommandFailure(LumenCommand.USAGE, option + " " + file + " has " + size
                        + " bytes; such a file holds at most " + MAX_TOKEN_FILE_BYTES);
            }
            String t = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (t.isEmpty() || t.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new CommandFailure(LumenCommand.USAGE, option + " " + file
                        + " must hold one value of visible ASCII characters");
            }
            return t;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CommandFailure(LumenCommand.USAGE, "cannot read " + option + " " + file + ": " + e.getClass().getSimpleName());
        }
    }

    DicomWebClient client() throws IOException {
        if (configured.isPresent()) {
            requireOnlyServer();
            return ConfiguredServer.client(configured.get(), environment);
        }
        Auth auth;
        if (oauth.requested()) {
            if (token.isPresent() || tokenFile.isPresent() || user.isPresent()) {
                throw new CommandFailure(LumenCommand.USAGE, "give either OAuth 2.0 options or --user/--token, not both");
            }
            try {
                auth = Auth.tokens(oauth.tokens(environment, command.commandLine().getErr(), tls.options(environment)));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(LumenCommand.USAGE, "bad OAuth 2.0 options: " + e.getMessage());
            }
        } else if (bearerToken().isPresent()) {
            String t = bearerToken().get();
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
        if (profile.isPresent()) {
            return DicomWebClient.builder().server(profileConfig(auth, orthanc ? Optional.of(encoding) : Optional.empty())).build();
        }
        if (url == null) {
            throw new CommandFailure(LumenCommand.USAGE, "give --url (or --profile with its values)");
        }
        ServerConfig config;
        try {
            config = ServerConfig.of(url.getHost() == null ? "server" : url.getHost(), url);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LumenCommand.USAGE, "bad --url: " + e.getMessage());
        }
        try {
            return DicomWebClient.builder().tls(tls.options(environment))
                    .server(config.withAuth(auth).withQueryEncoding(encoding)).build();
        } catch (java.io.UncheckedIOException e) {
            throw new CommandFailure(LumenCommand.USAGE, "TLS options: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
    }

    /** --server brings its own address, authentication and TLS: a usage error when they are given too. */
    private void requireOnlyServer() {
        if (url != null || profile.isPresent() || user.isPresent() || token.isPresent() || tokenFile.isPresent()
                || oauth.requested() || tls.requested()) {
            throw new CommandFailure(LumenCommand.USAGE, "--server takes the server's URL, authentication and TLS from its settings:"
                    + " give none of --url, --profile, --user, --token, OAuth or TLS options with it");
        }
    }

    /** The server's DICOMweb root: --url, or what --profile builds (a usage error when neither is given). */
    URI root() {
        if (configured.isPresent()) {
            requireOnlyServer();
            return ConfiguredServer.settings(configured.get()).wadoRoot();
        }
        if (profile.isPresent()) {
            profileConfig(Auth.none(), Optional.empty());
        }
        if (url == null) {
            throw new CommandFailure(LumenCommand.USAGE, "give --url (or --profile with its values)");
        }
        return url;
    }

    /** The server of --profile: its root from --url/--param, its query encoding (unless --orthanc), AWS SigV4 from the environment. */
    private ServerConfig profileConfig(Auth auth, Optional<QueryEncoding> forced) {
        try {
            ServerProfile p = ServerProfile.named(profile.get());
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>(params);
            if (url != null) {
                p.parameters().stream().filter(k -> k.equals("url") || k.equals("serviceUrl")).findFirst()
                        .ifPresent(k -> values.putIfAbsent(k, url.toString()));
            }
            if (p.authKind() == ServerProfile.AuthKind.AWS_SIGV4) {
                AwsCredentials key = AwsCredentials.fromEnvironment(java.util.Map.of(
                        "AWS_ACCESS_KEY_ID", environment.variable("AWS_ACCESS_KEY_ID").orElse(""),
                        "AWS_SECRET_ACCESS_KEY", environment.variable("AWS_SECRET_ACCESS_KEY").orElse(""),
                        "AWS_SESSION_TOKEN", environment.variable("AWS_SESSION_TOKEN").orElse(""))).orElseThrow(() ->
                        new CommandFailure(LumenCommand.USAGE, p.displayName() + " signs with AWS SigV4: set AWS_ACCESS_KEY_ID and "
                                + "AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials)"));
                auth = Auth.awsSigV4(key, values.getOrDefault("region", ""), ServerProfile.AWS_HEALTHIMAGING_SERVICE);
            }
            ServerConfig config = p.config(p.displayName(), values, auth);
            url = config.qidoRoot();
            return forced.map(config::withQueryEncoding).orElse(config);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LumenCommand.USAGE, "--profile " + profile.get() + ": " + e.getMessage());
        }
    }

    /** A one-line failure for an I/O error talking to the server. */
    CommandFailure explain(IOException e) {
        if (e instanceof DicomWebException web && web.problem() == DicomWebException.Problem.AUTHENTICATION) {
            return new CommandFailure(LumenCommand.FAILURE, "sign-in failed: " + web.getMessage());
        }
        if (e instanceof DicomWebException web && web.problem() == DicomWebException.Problem.TLS) {
            return new CommandFailure(LumenCommand.FAILURE, "TLS failure: " + web.getMessage());
        }
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
        try {
            return action.run(client());
        } catch (IOException e) {
            throw explain(e);
        }
    }
}
