package org.lumen.viewer.servers;

import java.net.URI;
import java.net.URISyntaxException;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The server form's fields for OAuth 2.0 client credentials: issuer or token URL, client id,
 * client secret (kept in the credential store, never shown again) and scope. FX thread only.
 */
final class OAuthEditor implements AuthEditor {
    private final TextField endpoint = new TextField();
    private final CheckBox discover = new CheckBox("OpenID issuer (discover the token URL)");
    private final TextField clientId = new TextField();
    private final PasswordField secret = new PasswordField();
    private final TextField scope = new TextField();
    private final GridPane grid = new GridPane(8, 6);

    OAuthEditor() {
        endpoint.setId("oauth-endpoint");
        endpoint.setPromptText("https://login.example.org/realms/pacs");
        discover.setId("oauth-discover");
        discover.setSelected(true);
        clientId.setId("oauth-client-id");
        secret.setId("oauth-client-secret");
        secret.setPromptText("leave empty to keep the stored secret");
        scope.setId("oauth-scope");
        scope.setPromptText("space-separated, optional");
        grid.addRow(0, new Label("Issuer or token URL"), endpoint);
        grid.add(discover, 1, 1);
        grid.addRow(2, new Label("Client id"), clientId);
        grid.addRow(3, new Label("Client secret"), secret);
        grid.addRow(4, new Label("Scope"), scope);
    }

    @Override
    public String kind() {
        return "oauth2-client-credentials";
    }

    @Override
    public String label() {
        return "OAuth 2.0 client credentials";
    }

    @Override
    public Node node() {
        return grid;
    }

    @Override
    public void load(AuthSettings settings) {
        if (settings instanceof AuthSettings.OAuthClientCredentials o) {
            endpoint.setText(o.endpoint().toString());
            discover.setSelected(o.discover());
            clientId.setText(o.clientId());
            scope.setText(o.scope());
        } else {
            endpoint.clear();
            discover.setSelected(true);
            clientId.clear();
            scope.clear();
        }
        secret.clear();
    }

    @Override
    public AuthSettings read() {
        String text = endpoint.getText().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give the OAuth issuer or token URL");
        }
        try {
            return new AuthSettings.OAuthClientCredentials(new URI(text), discover.isSelected(), clientId.getText(), scope.getText());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The OAuth issuer or token URL is not a URL (" + e.getReason() + "): " + text, e);
        }
    }

    @Override
    public char[] typedSecret() {
        return secret.getText().toCharArray();
    }
}
