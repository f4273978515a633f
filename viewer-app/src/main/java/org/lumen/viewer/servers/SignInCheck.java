package org.lumen.viewer.servers;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.lumen.dicomweb.DicomWebException;

/**
 * At start, every server that signs in with OpenID renews its sign-in silently from the stored
 * refresh token, on the background executor; a sign-in that is missing or was refused is told to
 * the status bar ("Sign-in expired for North PACS: sign in again ..."). Nothing waits for it.
 * Stateless.
 */
public final class SignInCheck {
    private SignInCheck() {}

    /**
     * Checks the sign-ins of {@code registry}'s OpenID servers on {@code background}; {@code status}
     * is called on the FX thread. Servers of other kinds are not touched (nor is the credential store).
     */
    public static void start(ServerRegistry registry, Consumer<String> status, Executor background) {
        for (ServerSettings server : registry.servers()) {
            if (server.auth() instanceof AuthSettings.OidcSignIn) {
                background.execute(() -> {
                    String problem = check(registry.clients(), server);
                    if (!problem.isEmpty()) {
                        Platform.runLater(() -> status.accept(problem));
                    }
                });
            }
        }
    }

    /** The sentence for a sign-in that cannot be renewed, empty when it was renewed. Blocking. */
    static String check(ServerClients clients, ServerSettings server) {
        try {
            clients.signIns().check(clients.signInKey(server, new char[0], new char[0]));
            return "";
        } catch (DicomWebException e) {
            return SignIns.sentence(e, "Could not renew the sign-in for " + server.name() + ": ");
        } catch (IOException | RuntimeException e) {
            return "Could not renew the sign-in for " + server.name() + ": " + e.getMessage();
        }
    }
}
