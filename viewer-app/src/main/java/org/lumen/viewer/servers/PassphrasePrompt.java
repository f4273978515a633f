package org.lumen.viewer.servers;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.lumen.store.secrets.PassphraseRequest;
import org.lumen.store.secrets.PassphraseSource;

/**
 * Asks the user for the passphrase of the encrypted secrets file (twice when it is being created).
 * Called on a background thread, it shows the dialog on the FX thread and waits for the answer; a
 * cancel is an {@link IOException}, so the secret is not saved and the user is told.
 */
public final class PassphrasePrompt implements PassphraseSource {
    private final Window owner;

    public PassphrasePrompt(Window owner) {
        this.owner = owner;
    }

    @Override
    public char[] passphrase(PassphraseRequest request) throws IOException {
        Optional<char[]> answer;
        if (Platform.isFxApplicationThread()) {
            answer = ask(request);
        } else {
            CompletableFuture<Optional<char[]>> future = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    future.complete(ask(request));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            });
            try {
                answer = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while asking for the passphrase", e);
            } catch (ExecutionException e) {
                throw new IOException("the passphrase dialog failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
        return answer.orElseThrow(() -> new IOException("no passphrase was given for " + request.file()));
    }

    private Optional<char[]> ask(PassphraseRequest request) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Lumen \u2014 secrets file");
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        Label problem = new Label();
        VBox box = new VBox(8);
        if (request.creating()) {
            dialog.setHeaderText("No OS credential store was found. Lumen keeps server passwords in an encrypted file:\n"
                    + request.file() + "\nChoose a passphrase for it (you will need it each time Lumen starts).");
            box.getChildren().addAll(new Label("Passphrase"), first, new Label("Again"), second, problem);
        } else {
            dialog.setHeaderText("Enter the passphrase of Lumen's encrypted secrets file:\n" + request.file());
            box.getChildren().addAll(new Label("Passphrase"), first);
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(first.textProperty().isEmpty()
                .or(request.creating() ? first.textProperty().isNotEqualTo(second.textProperty())
                        : first.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? first.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        first.clear();
        second.clear();
        return result;
    }
}
