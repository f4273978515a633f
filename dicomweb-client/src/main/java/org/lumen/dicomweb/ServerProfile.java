package org.lumen.dicomweb;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the archives hospitals run in production need from a client, from their public
 * documentation (docs/server-profiles.md cites it): how the DICOMweb root URL is built from the
 * values a user knows, which authentication they use, how query values must be encoded, and which
 * optional resources they offer. A user picks a profile and fills its {@link #parameters()} instead
 * of guessing a URL layout.
 */
public enum ServerProfile {
    /** Any standard DICOMweb server: the user gives the root URL. */
    GENERIC("Generic DICOMweb", List.of("url"), AuthKind.NONE_BASIC_OR_BEARER, QueryEncoding.STRICT,
            new Capabilities(true, true, true, true, true, 0)),
    /** Orthanc with its DICOMweb plugin: {@code http(s)://host:8042/dicom-web}. */
    ORTHANC("Orthanc (DICOMweb plugin)", List.of("url"), AuthKind.NONE_BASIC_OR_BEARER, QueryEncoding.LITERAL,
            new Capabilities(true, false, false, true, true, 0)),
    /** dcm4chee-arc-light 5: {@code http(s)://host:8080/dcm4chee-arc/aets/<AE title>/rs}; Keycloak tokens when secured. */
    DCM4CHEE_ARC("dcm4chee-arc-light", List.of("url", "aet"), AuthKind.OAUTH2_BEARER, QueryEncoding.STRICT,
            new Capabilities(true, true, true, true, true, 0)),
    /** Google Cloud Healthcare API DICOM store. */
    GOOGLE_HEALTHCARE("Google Cloud Healthcare API", List.of("project", "location", "dataset", "dicomStore"),
            AuthKind.OAUTH2_BEARER, QueryEncoding.STRICT, new Capabilities(true, false, true, true, true, 0)),
    /** Azure Health Data Services DICOM service, API version 2. */
    AZURE_DICOM("Azure Health Data Services DICOM", List.of("serviceUrl"), AuthKind.OAUTH2_BEARER, QueryEncoding.STRICT,
            new Capabilities(true, false, false, true, true, 200)),
    /** AWS HealthImaging's DICOMweb APIs for one data store, signed with AWS SigV4 (service {@code medical-imaging}). */
    AWS_HEALTHIMAGING("AWS HealthImaging", List.of("region", "datastore"), AuthKind.AWS_SIGV4, QueryEncoding.STRICT,
            new Capabilities(false, false, false, false, false, 0));

    /** How a profile's server authenticates. */
    public enum AuthKind {
        /** none, HTTP Basic or a static bearer token, as the server is set up */
        NONE_BASIC_OR_BEARER,
        /** OAuth 2.0 / OpenID Connect bearer tokens (client credentials, refresh token or interactive sign-in) */
        OAUTH2_BEARER,
        /** AWS Signature Version 4 with an access key */
        AWS_SIGV4
    }

    /**
     * The optional parts of DICOMweb a server offers.
     *
     * @param rendered the rendered resource of instances and frames
     * @param thumbnail the thumbnail resource
     * @param stowJson STOW-RS of DICOM JSON with bulk data parts
     * @param fuzzyMatching {@code fuzzymatching=true} on person names
     * @param includeFieldAll {@code includefield=all}
     * @param maxLimit the largest QIDO {@code limit} the server accepts, 0 when not documented
     */
    public record Capabilities(boolean rendered, boolean thumbnail, boolean stowJson, boolean fuzzyMatching,
            boolean includeFieldAll, int maxLimit) {}

    /** The signing name of AWS HealthImaging. */
    public static final String AWS_HEALTHIMAGING_SERVICE = "medical-imaging";

    private final String displayName;
    private final List<String> parameters;
    private final AuthKind authKind;
    private final QueryEncoding queryEncoding;
    private final Capabilities capabilities;

    ServerProfile(String displayName, List<String> parameters, AuthKind authKind, QueryEncoding queryEncoding, Capabilities capabilities) {
        this.displayName = displayName;
        this.parameters = parameters;
        this.authKind = authKind;
        this.queryEncoding = queryEncoding;
        this.capabilities = capabilities;
    }

    public String displayName() {
        return displayName;
    }

    /** The values a user fills in, in order (for example project, location, dataset, dicomStore). */
    public List<String> parameters() {
        return parameters;
    }

    public AuthKind authKind() {
        return authKind;
    }

    public QueryEncoding queryEncoding() {
        return queryEncoding;
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    /** The profile called {@code name}: its enum name or a short form (orthanc, dcm4chee, google, azure, aws). */
    public static ServerProfile named(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return switch (n) {
            case "generic" -> GENERIC;
            case "orthanc" -> ORTHANC;
            case "dcm4chee", "dcm4chee-arc" -> DCM4CHEE_ARC;
            case "google", "gcp", "google-healthcare" -> GOOGLE_HEALTHCARE;
            case "azure", "azure-dicom" -> AZURE_DICOM;
            case "aws", "aws-healthimaging", "healthimaging" -> AWS_HEALTHIMAGING;
            default -> throw new IllegalArgumentException("unknown server profile " + name
                    + "; one of generic, orthanc, dcm4chee, google, azure, aws");
        };
    }

    /**
     * The DICOMweb root built from the profile's parameters.
     *
     * @throws IllegalArgumentException naming a missing or malformed parameter
     */
    public URI root(Map<String, String> values) {
        return switch (this) {
            case GENERIC, ORTHANC -> url(values, "url");
            case DCM4CHEE_ARC -> {
                URI base = url(values, "url");
                String path = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
                String aet = token(values, "aet", "[A-Za-z0-9_\\-.]{1,16}");
                yield path.endsWith("/rs") ? base : URI.create(strip(base) + (path.contains("/dcm4chee-arc") ? "" : "/dcm4chee-arc")
                        + "/aets/" + aet + "/rs");
            }
            case GOOGLE_HEALTHCARE -> URI.create("https://healthcare.googleapis.com/v1/projects/" + token(values, "project", "[a-z][a-z0-9-]{4,61}[a-z0-9]")
                    + "/locations/" + token(values, "location", "[a-z0-9-]{2,40}") + "/datasets/" + token(values, "dataset", "[A-Za-z0-9_.\\-]{1,256}")
                    + "/dicomStores/" + token(values, "dicomStore", "[A-Za-z0-9_.\\-]{1,256}") + "/dicomWeb");
            case AZURE_DICOM -> {
                URI base = url(values, "serviceUrl");
                String s = strip(base);
                yield URI.create(s.matches(".*/v[0-9]+(\\.[0-9]+)?(-prerelease)?$") ? s : s + "/v2");
            }
            case AWS_HEALTHIMAGING -> URI.create("https://dicom-medical-imaging." + token(values, "region", "[a-z]{2}(-[a-z]+)+-[0-9]")
                    + ".amazonaws.com/datastore/" + token(values, "datastore", "[0-9a-z]{32}"));
        };
    }

    /** A server configuration of this profile: its root for the three services, its query encoding. */
    public ServerConfig config(String name, Map<String, String> values, Auth auth) {
        Objects.requireNonNull(auth, "auth");
        if (authKind == AuthKind.AWS_SIGV4 && !(auth instanceof Auth.AwsSigV4)) {
            throw new IllegalArgumentException(displayName + " signs requests with AWS SigV4: give an AWS access key");
        }
        URI root = root(values);
        return ServerConfig.of(name, root).withAuth(auth).withQueryEncoding(queryEncoding);
    }

    private static URI url(Map<String, String> values, String key) {
        String text = value(values, key);
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a URL: " + text);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(key + " must be an http(s) URL with a host: " + text);
        }
        return URI.create(strip(uri));
    }

    private static String token(Map<String, String> values, String key, String pattern) {
        String text = value(values, key);
        if (!text.matches(pattern)) {
            throw new IllegalArgumentException(key + " is malformed: " + text);
        }
        return text;
    }

    private static String value(Map<String, String> values, String key) {
        String text = values.get(key);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the " + key + " is missing");
        }
        return text.strip();
    }

    private static String strip(URI uri) {
        return uri.toString().replaceAll("/+$", "");
    }
}
