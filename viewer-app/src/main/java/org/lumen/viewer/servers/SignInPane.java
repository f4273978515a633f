package org.lumen.viewer.servers;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.lumen.dicomweb.DicomWebException;

/**
 * The "Sign in…", "Cancel" and "Sign out" buttons of an OpenID server and the sentence that says
 * where its sign-in stands. Each sign-in, check or sign-out runs on its own daemon thread (a
 * browser login may wait minutes for the user, and Cancel interrupts it); results come back with
 * {@code Platform.runLater} and are dropped when a newer action has started. FX thread only.
 */
final class SignInPane {
    /**
     * What the pane needs from the dialog.
     *
     * @param settings the server as entered in the form ({@link IllegalArgumentException} names what is wrong)
     * @param clientKeyPassword the certificate password as typed (empty: the stored one)
     * @param clients the workstation's clients, whose sign-ins and credential store are used
     * @param browser opens the identity provider's sign-in page
     * @param timeout how long a sign-in waits for the browser
     */
    record Context(Supplier<ServerSettings> settings, Supplier<char[]> clientKeyPassword, ServerClients clients,
            Consumer<URI> browser, Duration timeout) {
        Context {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(clientKeyPassword, "clientKeyPassword");
            Objects.requireNonNull(clients, "clients");
            Objects.requireNonNull(browser, "browser");
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    /** One background action: it gets the sign-in's key and returns the sentence to show. */
    private interface Action {
        String run(SignIns.Key key) throws IOException;
    }

    private final Context context;
    private final Supplier<char[]> typedClientSecret;
    private final Button signIn = new Button("Sign in\u2026");
    private final Button cancel = new Button("Cancel");
    private final Button signOut = new Button("Sign out");
    private final Label status = new Label("Not signed in.");
    private final TextField link = new TextField();
    private final VBox box;
    private Thread running;
    private int generation;

    SignInPane(Context context, Supplier<char[]> typedClientSecret) {
        this.context = Objects.requireNonNull(context, "context");
        this.typedClientSecret = Objects.requireNonNull(typedClientSecret, "typedClientSecret");
        signIn.setId("oidc-sign-in");
        cancel.setId("oidc-cancel");
        signOut.setId("oidc-sign-out");
        status.setId("oidc-status");
        status.setWrapText(true);
        status.setMaxWidth(520);
        link.setId("oidc-link");
        link.setEditable(false);
        link.setPromptText("the sign-in address appears here");
        showLink(false);
        cancel.setDisable(true);
        signIn.setOnAction(e -> signIn());
        cancel.setOnAction(e -> cancel());
        signOut.setOnAction(e -> start("Signing out\u2026", key -> {
            context.clients().signIns().signOut(key.secretId());
            return "Signed out: the stored sign-in is forgotten.";
        }));
        box = new VBox(6, new HBox(8, signIn, cancel, signOut), status, link);
    }

    Node node() {
        return box;
    }

    /** Shows where the stored sign-in of the server in the form stands (renewing it silently when due). */
    void showStored() {
        start("Checking the stored sign-in\u2026", key -> context.clients().signIns().check(key).sentence(ZoneId.systemDefault()));
    }

    /** Forgets what is shown and stops a running action (another server is in the form). */
    void reset() {
        stopRunning();
        generation++;
        show("Not signed in.");
        showLink(false);
        signIn.setDisable(false);
        cancel.setDisable(true);
    }

    private void signIn() {
        long seconds = context.timeout().toSeconds();
        String minutes = seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
        start("Waiting for the browser\u2026 Sign in there (if none opened, open the address below);"
                + " this gives up after " + minutes + ".", key -> {
            Consumer<URI> browser = uri -> {
                Platform.runLater(() -> {
                    link.setText(uri.toString());
                    showLink(true);
                });
                context.browser().accept(uri);
            };
            return context.clients().signIns().signIn(key, browser, context.timeout()).sentence(ZoneId.systemDefault());
        });
    }

    private void cancel() {
        stopRunning();
        generation++;
        finish("Sign-in cancelled.");
    }

    /** Runs {@code action} on a new daemon thread with the form's settings, then shows its sentence. */
    private void start(String waiting, Action action) {
        ServerSettings settings;
        try {
            settings = context.settings().get();
        } catch (IllegalArgumentException e) {
            show("Sign-in did not start: " + e.getMessage());
            return;
        }
        stopRunning();
        int mine = ++generation;
        char[] secret = typedClientSecret.get();
        char[] keyPassword = context.clientKeyPassword().get();
        show(waiting);
        signIn.setDisable(true);
        cancel.setDisable(false);
        running = Thread.ofPlatform().daemon().name("lumen-sign-in").start(() -> {
            String text;
            try {
                text = action.run(context.clients().signInKey(settings, secret, keyPassword));
            } catch (InterruptedIOException e) {
                text = "Sign-in cancelled.";
            } catch (DicomWebException e) {
                String said = SignIns.sentence(e, "");
                text = said.startsWith("the sign-in timed out: ") ? "Sign-in timed out: "
                        + said.substring("the sign-in timed out: ".length()) + ". Try again."
                        : said.startsWith("Sign-in expired") || said.startsWith("Not signed in") ? said
                        : "Sign-in did not finish: " + said;
            } catch (IOException | RuntimeException e) {
                text = "Sign-in did not finish: " + e.getMessage();
            } finally {
                Arrays.fill(secret, '\0');
                Arrays.fill(keyPassword, '\0');
            }
            String result = text;
            Platform.runLater(() -> {
                if (mine == generation) {
                    finish(result);
                }
            });
        });
    }

    private void finish(String text) {
        show(text);
        showLink(false);
        signIn.setDisable(false);
        cancel.setDisable(true);
        running = null;
    }

    /** Shows the sentence, green when signed in, red when the user has to act, grey while waiting. */
    private void show(String text) {
        status.setText(text);
        status.getStyleClass().removeAll("test-success", "test-failure", "hint");
        status.getStyleClass().add(text.startsWith("Signed in") ? "test-success"
                : text.startsWith("Sign-in expired") || text.startsWith("Sign-in did not") || text.startsWith("Sign-in timed")
                        ? "test-failure" : "hint");
    }

    private void stopRunning() {
        if (running != null) {
            running.interrupt();
            running = null;
        }
    }

    private void showLink(boolean shown) {
        link.setVisible(shown);
        link.setManaged(shown);
    }
}
