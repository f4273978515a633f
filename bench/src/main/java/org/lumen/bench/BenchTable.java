package org.lumen.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The human table printed after the JSON line of {@link GpuFrameTime}, read back from that line. */
final class BenchTable {
    private BenchTable() {}

    static String of(String json) {
        StringBuilder t = new StringBuilder();
        row(t, "GL_RENDERER", text(json, "glRenderer"));
        row(t, "volume", text(json, "volume") + " (" + number(json, "gpuTextureMiB") + " MiB on the GPU, "
                + number(json, "gpuBytesPerVoxel") + " bytes/voxel)");
        row(t, "texture upload", number(json, "uploadMs") + " ms (" + number(json, "uploadGBps") + " GB/s)");
        String v = number(json, "view");
        row(t, "GPU " + v + "x" + v + " oblique", frames(json, "gpu"));
        row(t, "CPU " + v + "x" + v + " oblique", frames(json, "cpu"));
        row(t, "GPU speed-up", number(json, "gpuSpeedup") + "x (max grey difference " + number(json, "gpuCpuMaxGreyDiff") + ")");
        row(t, "CPU 512x512 reslice, 2 cores", frames(json, "cpuReslice512") + " (target 8 ms)");
        return t.toString().stripTrailing();
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append(String.format(Locale.ROOT, "%-30s %s%n", name, value));
    }

    private static String frames(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\{([^}]*)\\}").matcher(json);
        if (!m.find()) {
            return "-";
        }
        String o = "{" + m.group(1) + "}";
        return "median " + number(o, "medianMs") + " ms, p95 " + number(o, "p95Ms") + " ms, " + number(o, "fps") + " fps";
    }

    private static String text(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "-";
    }

    private static String number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.]+)").matcher(json);
        return m.find() ? m.group(1) : "-";
    }
}
