package org.lumen.viewer.keys;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Objects;

/**
 * Who saves and where, as the documents record it: the person observer (DICOM person name) and the
 * Station Name (at most 16 characters, as its VR allows).
 */
public record StationIdentity(String author, String station) {
    private static final int STATION_MAX = 16;

    public StationIdentity {
        author = Objects.requireNonNullElse(author, "").trim();
        station = Objects.requireNonNullElse(station, "").trim();
        if (station.length() > STATION_MAX) {
            station = station.substring(0, STATION_MAX);
        }
    }

    /**
     * The operating-system user and this machine's host name (upper case, without its domain). Blocking:
     * the host name may need a name lookup; call it off the FX thread.
     */
    public static StationIdentity ofThisMachine() {
        String host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", ""));
        if (host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "";
            }
        }
        int dot = host.indexOf('.');
        String station = (dot > 0 ? host.substring(0, dot) : host).toUpperCase(Locale.ROOT);
        return new StationIdentity(System.getProperty("user.name", ""), station);
    }
}
