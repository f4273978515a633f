package org.lumen.viewer.servers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Where one server's OpenID sign-in stands, for the form and the status bar.
 *
 * @param who the signed-in user's display name from the ID token, empty when the identity
 *     provider sent none
 * @param validUntil when the current access token expires ({@link Instant#MAX} when not said);
 *     it is renewed silently from the refresh token after that
 * @param notSaved why the refresh token could not be saved (it then works until Lumen quits),
 *     empty when it was saved
 */
public record SignInStatus(String who, Instant validUntil, String notSaved) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT);

    public SignInStatus {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(notSaved, "notSaved");
    }

    /** "Signed in as Dr. A, token valid until 4 Dec 2026 17:05", in the given time zone. */
    public String sentence(ZoneId zone) {
        String as = who.isEmpty() ? "Signed in" : "Signed in as " + who;
        String until = validUntil.equals(Instant.MAX) ? ""
                : ", token valid until " + TIME.format(validUntil.atZone(zone)) + " (renewed silently)";
        return as + until + (notSaved.isEmpty() ? "." : ". Not saved for next time: " + notSaved);
    }
}
