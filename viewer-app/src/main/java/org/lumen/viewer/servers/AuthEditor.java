package org.lumen.viewer.servers;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The part of the server form for one kind of authentication. The form lists {@link #all()}
 * editors in its kind choice and shows the chosen one's {@link #node()}; a new kind (OAuth2
 * device code, client credentials) is one more implementation here. FX thread only.
 */
interface AuthEditor {
    /** The kind this editor makes, as {@link AuthSettings#kind()}. */
    String kind();

    /** The name shown in the kind choice. */
    String label();

    Node node();

    /** Fills the fields from saved settings of this kind; secrets are never shown again. */
    void load(AuthSettings settings);

    /** The settings as entered; {@link IllegalArgumentException} names what is wrong. */
    AuthSettings read();

    /** The secret as typed (empty when nothing was typed: keep the stored one). */
    char[] typedSecret();

    /** Called once the whole form shows saved settings (an editor may then look up their state). */
    default void loaded() {
        // Nothing to look up.
    }

    /** Called when the dialog closes: stop any work still running for the form. */
    default void close() {
        // Nothing runs.
    }

    static List<AuthEditor> all(SignInPane.Context signIn) {
        return List.of(new None(), new Basic(), new Bearer(), new OAuthEditor(), new OidcEditor(signIn));
    }

    /** No authentication. */
    final class None implements AuthEditor {
        private final Label note = new Label("Requests carry no credentials.");

        @Override
        public String kind() {
            return "none";
        }

        @Override
        public String label() {
            return "None";
        }

        @Override
        public Node node() {
            return note;
        }

        @Override
        public void load(AuthSettings settings) {
            // Nothing to show.
        }

        @Override
        public AuthSettings read() {
            return new AuthSettings.None();
        }

        @Override
        public char[] typedSecret() {
            return new char[0];
        }
    }

    /** HTTP Basic: user name and password. */
    final class Basic implements AuthEditor {
        private final TextField user = new TextField();
        private final PasswordField password = new PasswordField();
        private final GridPane grid = new GridPane(8, 6);

        Basic() {
            user.setId("basic-user");
            password.setId("basic-password");
            password.setPromptText("leave empty to keep the stored password");
            grid.addRow(0, new Label("User"), user);
            grid.addRow(1, new Label("Password"), password);
        }

        @Override
        public String kind() {
            return "basic";
        }

        @Override
        public String label() {
            return "Basic (user and password)";
        }

        @Override
        public Node node() {
            return grid;
        }

        @Override
        public void load(AuthSettings settings) {
            user.setText(settings instanceof AuthSettings.Basic b ? b.user() : "");
            password.clear();
        }

        @Override
        public AuthSettings read() {
            return new AuthSettings.Basic(user.getText().strip());
        }

        @Override
        public char[] typedSecret() {
            return password.getText().toCharArray();
        }
    }

    /** A fixed Bearer token. */
    final class Bearer implements AuthEditor {
        private final PasswordField token = new PasswordField();
        private final GridPane grid = new GridPane(8, 6);

        Bearer() {
            token.setId("bearer-token");
            token.setPromptText("leave empty to keep the stored token");
            grid.addRow(0, new Label("Token"), token);
        }

        @Override
        public String kind() {
            return "bearer";
        }

        @Override
        public String label() {
            return "Bearer token";
        }

        @Override
        public Node node() {
            return grid;
        }

        @Override
        public void load(AuthSettings settings) {
            token.clear();
        }

        @Override
        public AuthSettings read() {
            return new AuthSettings.Bearer();
        }

        @Override
        public char[] typedSecret() {
            return token.getText().toCharArray();
        }
    }
}
