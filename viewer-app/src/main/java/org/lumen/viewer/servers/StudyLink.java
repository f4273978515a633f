package org.lumen.viewer.servers;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A study (and optionally one of its series) on a configured server, as in
 * {@code lumen://open?server=<name>&study=<uid>[&series=<uid>]} or
 * {@code lumen open --server <name> --study <uid> [--series <uid>]}.
 *
 * @param server the configured server's name
 * @param studyUid Study Instance UID
 * @param seriesUid Series Instance UID, empty for the whole study
 */
public record StudyLink(String server, String studyUid, String seriesUid) {
    /** The URI scheme the desktop integration registers. */
    public static final String SCHEME = "lumen";
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    public StudyLink {
        Objects.requireNonNull(server, "server");
        if (server.isBlank()) {
            throw new BadLinkException("the server name is empty");
        }
        checkUid("study", studyUid);
        if (!Objects.requireNonNull(seriesUid, "seriesUid").isEmpty()) {
            checkUid("series", seriesUid);
        }
    }

    public Optional<String> series() {
        return seriesUid.isEmpty() ? Optional.empty() : Optional.of(seriesUid);
    }

    /** Parses a {@code lumen://open?...} link; every problem is a {@link BadLinkException} naming it. */
    public static StudyLink parse(String link) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(link, "link").strip());
        } catch (URISyntaxException e) {
            throw new BadLinkException("not a URI (" + e.getReason() + " at index " + e.getIndex() + "): " + link);
        }
        if (!SCHEME.equalsIgnoreCase(uri.getScheme())) {
            throw new BadLinkException("the scheme must be lumen://, not " + (uri.getScheme() == null ? "none" : uri.getScheme() + "://"));
        }
        if (uri.isOpaque()) {
            throw new BadLinkException("expected lumen://open?server=...&study=..., got " + link);
        }
        String action = uri.getHost() != null ? uri.getHost() : Optional.ofNullable(uri.getAuthority()).orElse("");
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        if (!action.equals("open") || !(path.isEmpty() || path.equals("/"))) {
            throw new BadLinkException("the only action is lumen://open, not lumen://" + action + path);
        }
        if (uri.getRawQuery() == null || uri.getRawQuery().isEmpty()) {
            throw new BadLinkException("the link has no query: add ?server=<name>&study=<uid>");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new BadLinkException("parameter \"" + pair + "\" is not name=value");
            }
            String name = decode(pair.substring(0, eq));
            if (!name.equals("server") && !name.equals("study") && !name.equals("series")) {
                throw new BadLinkException("unknown parameter \"" + name + "\" (allowed: server, study, series)");
            }
            if (parameters.put(name, decode(pair.substring(eq + 1))) != null) {
                throw new BadLinkException("parameter \"" + name + "\" is given twice");
            }
        }
        if (!parameters.containsKey("server")) {
            throw new BadLinkException("the link names no server (server=<name>)");
        }
        if (!parameters.containsKey("study")) {
            throw new BadLinkException("the link names no study (study=<StudyInstanceUID>)");
        }
        return new StudyLink(parameters.get("server"), parameters.get("study"), parameters.getOrDefault("series", ""));
    }

    /** This link as {@code lumen://open?...}, values percent-encoded. */
    public String toLink() {
        return SCHEME + "://open?server=" + URLEncoder.encode(server, StandardCharsets.UTF_8).replace("+", "%20")
                + "&study=" + studyUid + (seriesUid.isEmpty() ? "" : "&series=" + seriesUid);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadLinkException("bad percent-encoding in \"" + raw + "\"");
        }
    }

    private static void checkUid(String what, String uid) {
        Objects.requireNonNull(uid, what);
        if (uid.isEmpty()) {
            throw new BadLinkException("the " + what + " UID is empty");
        }
        if (uid.length() > 64 || !UID.matcher(uid).matches()) {
            throw new BadLinkException("the " + what + " UID \"" + uid + "\" is not a DICOM UID (digits and dots, at most 64)");
        }
    }

    /** A link or its parts are malformed; the message names the problem. */
    public static final class BadLinkException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadLinkException(String message) {
            super(message);
        }
    }
}
