package org.lumen.viewer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.Vec3;

/**
 * Corner text of a viewport: patient (top left), study and series (top right), image number and
 * position (bottom left), window and a LOSSY marker when the pixels are not lossless (bottom right).
 */
final class ViewportOverlay {
    private final VBox topLeft = corner(Pos.TOP_LEFT);
    private final VBox topRight = corner(Pos.TOP_RIGHT);
    private final VBox bottomLeft = corner(Pos.BOTTOM_LEFT);
    private final VBox bottomRight = corner(Pos.BOTTOM_RIGHT);
    private final Text left = marker(Pos.CENTER_LEFT);
    private final Text right = marker(Pos.CENTER_RIGHT);
    private final Text top = marker(Pos.TOP_CENTER);
    private final Text bottom = marker(Pos.BOTTOM_CENTER);
    private final StackPane pane = new StackPane(topLeft, topRight, bottomLeft, bottomRight, left, right, top, bottom);

    ViewportOverlay() {
        pane.setMouseTransparent(true);
        pane.setPadding(new Insets(8, 10, 8, 10));
    }

    Node node() {
        return pane;
    }

    void update(OpenedSeries.Image image, int index, int count, SliceRasterizer.Raster raster) {
        DataSet ds = image.dataSet();
        set(topLeft, false, ds.getString(Tag.PatientName, "").replace('^', ' ').trim(),
                ds.getString(Tag.PatientID, ""),
                join(ds.getString(Tag.PatientBirthDate, ""), ds.getString(Tag.PatientSex, "")));
        set(topRight, false, ds.getString(Tag.InstitutionName, ""), ds.getString(Tag.StudyDescription, ""),
                formatDate(ds.getString(Tag.StudyDate, "")),
                join(ds.getString(Tag.Modality, ""), "Se " + ds.getString(Tag.SeriesNumber, "?"), ds.getString(Tag.SeriesDescription, "")));
        List<String> position = new ArrayList<>();
        position.add("Im " + (index + 1) + " / " + count + (image.framesInFile() > 1 ? "  (frame " + (image.frame() + 1) + ")" : ""));
        ds.getDouble(Tag.SliceLocation).ifPresent(v -> position.add(String.format(Locale.ROOT, "Loc %.2f mm", v)));
        ds.getDouble(Tag.SliceThickness).ifPresent(v -> position.add(String.format(Locale.ROOT, "Thk %.2f mm", v)));
        position.add(raster.width() + " x " + raster.height());
        set(bottomLeft, false, position.toArray(String[]::new));
        double[] iop = ds.getDoubles(Tag.ImageOrientationPatient);
        if (iop.length == 6) {
            // Screen right is the row direction, screen down the column direction (PS3.3 C.7.6.2.1.1).
            OrientationLabels.EdgeLabels edges = OrientationLabels.edges(Vec3.of(iop, 0), Vec3.of(iop, 3));
            left.setText(edges.left());
            right.setText(edges.right());
            top.setText(edges.top());
            bottom.setText(edges.bottom());
        } else {
            for (Text t : new Text[] {left, right, top, bottom}) {
                t.setText("");
            }
        }
        boolean lossy = image.transferSyntax().lossy() || "01".equals(ds.getString(Tag.LossyImageCompression, ""));
        String wl = raster.grey() ? String.format(Locale.ROOT, "W %.0f  L %.0f%s", raster.window().width(), raster.window().center(),
                raster.window().invert() ? "  INV" : "") : "";
        set(bottomRight, lossy, lossy ? "LOSSY" : "", wl);
    }

    private static String join(String... parts) {
        return String.join("  ", java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
    }

    private static String formatDate(String da) {
        return da.length() == 8 ? da.substring(0, 4) + "-" + da.substring(4, 6) + "-" + da.substring(6) : da;
    }

    private static Text marker(Pos pos) {
        Text text = new Text();
        text.getStyleClass().add("orientation-marker");
        StackPane.setAlignment(text, pos);
        StackPane.setMargin(text, new Insets(22, 4, 22, 4));
        return text;
    }

    private static VBox corner(Pos pos) {
        VBox box = new VBox(1);
        box.setAlignment(pos);
        StackPane.setAlignment(box, pos);
        box.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static void set(VBox box, boolean firstIsAlert, String... lines) {
        box.getChildren().clear();
        boolean first = true;
        for (String line : lines) {
            if (line == null || line.isBlank()) {
                first = false;
                continue;
            }
            Text text = new Text(line);
            text.getStyleClass().add("overlay-text");
            if (first && firstIsAlert) {
                text.getStyleClass().add("lossy");
            }
            box.getChildren().add(text);
            first = false;
        }
    }
}
