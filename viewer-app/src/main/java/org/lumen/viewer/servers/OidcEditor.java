package org.lumen.viewer.servers;

import java.net.URI;
import java.net.URISyntaxException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The server form's fields for an interactive OpenID Connect sign-in: issuer, client id, an
 * optional client secret (kept in the credential store, never shown again), scopes, and the
 * {@link SignInPane} with "Sign in…" and "Sign out". FX thread only.
 */
final class OidcEditor implements AuthEditor {
    static final String DEFAULT_SCOPE = "openid offline_access";

    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final PasswordField secret = new PasswordField();
    private final TextField scope = new TextField(DEFAULT_SCOPE);
    private final SignInPane pane;
    private final GridPane grid = new GridPane(8, 6);
    private boolean loadedSignIn;

    OidcEditor(SignInPane.Context context) {
        issuer.setId("oidc-issuer");
        issuer.setPromptText("https://login.microsoftonline.com/<tenant id>/v2.0");
        clientId.setId("oidc-client-id");
        clientId.setPromptText("the id of Lumen's registration (public client, loopback redirect)");
        secret.setId("oidc-client-secret");
        secret.setPromptText("only if the provider issued one (Google); empty keeps it");
        scope.setId("oidc-scope");
        scope.setPromptText("space-separated, e.g. openid offline_access");
        pane = new SignInPane(context, () -> secret.getText().toCharArray());
        grid.addRow(0, new Label("Issuer URL"), issuer);
        grid.addRow(1, new Label("Client id"), clientId);
        grid.addRow(2, new Label("Client secret"), secret);
        grid.addRow(3, new Label("Scopes"), scope);
        grid.add(pane.node(), 1, 4);
        grid.getChildren().stream().filter(Label.class::isInstance)
                .forEach(l -> ((Label) l).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE)); // labels are never cut
    }

    @Override
    public String kind() {
        return "oidc-browser";
    }

    @Override
    public String label() {
        return "Sign in with browser (OIDC)";
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public void load(AuthSettings settings) {
        pane.reset();
        loadedSignIn = settings instanceof AuthSettings.OidcSignIn;
        if (settings instanceof AuthSettings.OidcSignIn o) {
            issuer.setText(o.issuer().toString());
            clientId.setText(o.clientId());
            scope.setText(o.scope());
        } else {
            issuer.clear();
            clientId.clear();
            scope.setText(DEFAULT_SCOPE);
        }
        secret.clear();
    }

    @Override
    public void loaded() {
        if (loadedSignIn) {
            pane.showStored();
        }
    }

    @Override
    public void close() {
        pane.reset(); // a sign-in still waiting for the browser stops and closes its loopback port
    }

    @Override
    public AuthSettings read() {
        String text = issuer.getText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give the OpenID issuer URL");
        }
        try {
            return new AuthSettings.OidcSignIn(new URI(text), clientId.getText(), scope.getText());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The issuer is not a URL (" + e.getReason() + "): " + text, e);
        }
    }

    @Override
    public char[] typedSecret() {
        return secret.getText().toCharArray();
    }
}
