package org.lumen.viewer.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.lumen.dicom.lut.VoiFunction;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.gl.RendererSelection;

/**
 * The checked option values of {@code lumen render}; every bad value is a one-line usage error.
 *
 * @param plane      which plane
 * @param slice      the slice number, empty for the centre
 * @param slabMode   the projection ({@link SlabMode#NONE} without a slab)
 * @param window     the window given on the command line (with the function, when given)
 * @param function   the VOI LUT Function given on the command line
 * @param size       width and height, empty for native
 * @param preference which renderer
 */
record RenderOptions(PlaneKind plane, OptionalInt slice, SlabMode slabMode, Optional<WindowLevel> window,
                     Optional<VoiFunction> function, Optional<int[]> size, RendererSelection.Preference preference) {

    static RenderOptions parse(String plane, String slice, String mode, double slabMm, String window, String function, String size,
            String renderer) {
        Optional<VoiFunction> f = function == null ? Optional.empty() : Optional.of(switch (function.strip().toLowerCase(Locale.ROOT)) {
            case "linear" -> VoiFunction.LINEAR;
            case "linear-exact" -> VoiFunction.LINEAR_EXACT;
            case "sigmoid" -> VoiFunction.SIGMOID;
            default -> throw usage("--function must be linear, linear-exact or sigmoid: " + function);
        });
        PlaneKind kind = choice(PlaneKind.class, plane, "--plane");
        OptionalInt n = slice.equalsIgnoreCase("center") ? OptionalInt.empty() : OptionalInt.of(integer(slice, "--slice"));
        if (!(slabMm >= 0) || !Double.isFinite(slabMm)) {
            throw usage("--slab must be a thickness >= 0 in mm: " + slabMm);
        }
        SlabMode slab = switch (mode.toLowerCase(Locale.ROOT)) {
            case "mip" -> SlabMode.MIP;
            case "minip" -> SlabMode.MINIP;
            case "avg" -> SlabMode.AVERAGE;
            default -> throw usage("--mode must be mip, minip or avg: " + mode);
        };
        return new RenderOptions(kind, n, slabMm == 0 ? SlabMode.NONE : slab,
                window == null ? Optional.empty() : Optional.of(window(window, f.orElse(VoiFunction.LINEAR))), f,
                size.equalsIgnoreCase("native") ? Optional.empty() : Optional.of(size(size)),
                choice(RendererSelection.Preference.class, renderer, "--renderer"));
    }

    private static WindowLevel window(String text, VoiFunction function) {
        java.util.Optional<org.lumen.rendering.WindowPreset> preset = org.lumen.rendering.WindowPreset.named(text);
        if (preset.isPresent()) {
            return preset.get().window().withFunction(function);
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw usage("--window must be CENTER,WIDTH or a preset (lung, mediastinum, abdomen, bone, brain, liver, subdural): " + text);
        }
        try {
            return new WindowLevel(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), function);
        } catch (IllegalArgumentException e) {
            throw usage("--window must be CENTER,WIDTH with WIDTH " + (function == VoiFunction.LINEAR ? ">= 1" : "> 0") + ": " + text);
        }
    }

    private static int[] size(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
        if (parts.length != 2) {
            throw usage("--size must be native or WxH: " + text);
        }
        int w = integer(parts[0], "--size width");
        int h = integer(parts[1], "--size height");
        if (w < 1 || h < 1 || w > org.lumen.rendering.ViewRequest.MAX_SIZE || h > org.lumen.rendering.ViewRequest.MAX_SIZE) {
            throw usage("--size must be 1.." + org.lumen.rendering.ViewRequest.MAX_SIZE + " on each side: " + text);
        }
        return new int[] {w, h};
    }

    private static int integer(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw usage(what + " must be a whole number: " + text);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        throw usage(what + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ": " + text);
    }

    private static CommandFailure usage(String message) {
        return new CommandFailure(LumenCommand.USAGE, message);
    }
}
