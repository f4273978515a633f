package org.lumen.viewer.cli;

import java.util.Locale;

import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiLut;
import org.lumen.dicom.lut.WindowTransform;
import org.lumen.rendering.DisplayMapping;
import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.gl.RendererSelection;
import org.lumen.rendering.volume.VolumeFinding;
import org.lumen.viewer.volume.LoadedSeries;

/** The one JSON object {@code lumen render --info} prints. */
final class RenderInfo {
    private RenderInfo() {}

    static String json(LoadedSeries series, PlaneKind kind, ViewPlan view, DisplayMapping display, RendererSelection selection) {
        VolumeGeometry g = series.volume().geometry();
        StringBuilder j = new StringBuilder(512).append('{');
        j.append("\"files\":").append(series.files());
        j.append(",\"dimensions\":{\"columns\":").append(g.columns()).append(",\"rows\":").append(g.rows())
                .append(",\"slices\":").append(g.slices()).append('}');
        j.append(",\"spacing\":{\"column\":").append(number(g.iSpacing())).append(",\"row\":").append(number(g.jSpacing()))
                .append(",\"slice\":").append(number(g.kSpacing())).append('}');
        j.append(",\"findings\":[");
        String sep = "";
        for (VolumeFinding f : series.layout().findings()) {
            j.append(sep).append("{\"kind\":").append(string(f.kind().name())).append(",\"message\":").append(string(f.message())).append('}');
            sep = ",";
        }
        j.append("],\"plane\":").append(string(kind.name().toLowerCase(Locale.ROOT)));
        j.append(",\"acquisitionPlane\":").append(view.acquired());
        j.append(",\"slice\":").append(view.slice()).append(",\"sliceCount\":").append(view.sliceCount());
        j.append(",\"width\":").append(view.width()).append(",\"height\":").append(view.height());
        j.append(",\"pixelSpacing\":[").append(number(view.plane().pixelWidthMm())).append(',')
                .append(number(view.plane().pixelHeightMm())).append(']');
        display(j, display);
        if (series.header() instanceof org.lumen.viewer.volume.HeaderDisplay.Rgb) {
            j.append(",\"colour\":\"rgb\"");
        }
        boolean gpu = selection.gpu().isPresent();
        j.append(",\"renderer\":{\"kind\":").append(string(gpu ? "gpu" : "cpu"));
        j.append(",\"description\":").append(string(selection.renderer().description()));
        j.append(",\"glRenderer\":").append(gpu ? string(selection.gpu().get().glRenderer()) : "null");
        j.append(",\"fallbackReason\":").append(selection.fallbackReason().map(RenderInfo::string).orElse("null")).append('}');
        OrientationLabels.EdgeLabels labels = OrientationLabels.edges(view.plane().rowDirection(), view.plane().columnDirection());
        j.append(",\"labels\":{\"left\":").append(string(labels.left())).append(",\"right\":").append(string(labels.right()))
                .append(",\"top\":").append(string(labels.top())).append(",\"bottom\":").append(string(labels.bottom())).append('}');
        return j.append('}').toString();
    }

    /** "window" (center, width, function) or "voiLut" "table", "presentation", and "palette" for PALETTE COLOR. */
    private static void display(StringBuilder j, DisplayMapping display) {
        switch (display) {
            case DisplayMapping.Palette p -> j.append(",\"palette\":{\"entries\":").append(p.palette().red().size())
                    .append(",\"bits\":").append(p.palette().red().bits()).append('}');
            case DisplayMapping.Greyscale g -> {
                if (g.voi() instanceof WindowTransform w) {
                    j.append(",\"window\":{\"center\":").append(number(w.center())).append(",\"width\":").append(number(w.width()))
                            .append(",\"function\":").append(string(w.function().name().toLowerCase(Locale.ROOT).replace('_', '-'))).append('}');
                } else if (g.voi() instanceof VoiLut.Table t) {
                    j.append(",\"voiLut\":{\"entries\":").append(t.table().size()).append(",\"firstMapped\":").append(t.table().firstMapped())
                            .append(",\"bits\":").append(t.table().bits()).append('}');
                }
                j.append(",\"presentation\":").append(string(g.presentation() instanceof PresentationLut.Shape s
                        ? s.name().toLowerCase(Locale.ROOT) : "table"));
            }
        }
    }

    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
