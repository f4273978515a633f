package org.lumen.viewer.strip;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop of a series onto a viewport: the dragboard carries {@link #FORMAT} whose content is
 * the Series Instance UID as a string. FX thread only.
 */
public final class SeriesDrop {
    /** {@code application/x-lumen-series}: a Series Instance UID. */
    public static final DataFormat FORMAT = existingOrNew("application/x-lumen-series");

    private SeriesDrop() {}

    /** Makes {@code target} accept dropped series and hand their UIDs to {@code onSeries}. */
    public static void install(Node target, Consumer<String> onSeries) {
        Objects.requireNonNull(onSeries, "onSeries");
        target.addEventHandler(javafx.scene.input.DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasContent(FORMAT)) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(javafx.scene.input.DragEvent.DRAG_DROPPED, event -> {
            if (event.getDragboard().getContent(FORMAT) instanceof String uid && !uid.isEmpty()) {
                onSeries.accept(uid);
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }

    private static DataFormat existingOrNew(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
