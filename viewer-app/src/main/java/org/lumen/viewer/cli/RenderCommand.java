package org.lumen.viewer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

import org.lumen.rendering.DisplayMapping;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.gl.RendererSelection;
import org.lumen.viewer.volume.HeaderDisplay;
import org.lumen.viewer.volume.LoadedSeries;
import org.lumen.viewer.volume.SeriesLoadException;
import org.lumen.viewer.volume.SeriesVolumeLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lumen render <series> --plane ... --out image.png}: one slice or slab of a series as an 8-bit
 * grey PNG, and with {@code --info} one JSON object describing the volume, the view and the renderer.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a slice or slab of one series (a folder or its files, or one multi-frame image) to an 8-bit grey "
                + "PNG (RGB for PALETTE COLOR), through the header's VOI LUT and Presentation LUT.",
            "Slices are numbered from 0 along the plane's normal: axial from feet to head, coronal from anterior to "
                + "posterior, sagittal from the patient's left to right, oblique like axial. A plane parallel to the "
                + "acquired slices shows them as stored (stored row/column directions, stored slices)."})
final class RenderCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "<folder or file>", description = "a folder, or the files of one series")
    List<Path> inputs;

    @Option(names = "--plane", defaultValue = "axial", description = "axial, coronal, sagittal or oblique (default ${DEFAULT-VALUE})")
    String plane;

    @Option(names = "--slice", defaultValue = "center", description = "slice number from 0, or center: (count - 1) / 2 (default)")
    String slice;

    @Option(names = "--tilt-x", defaultValue = "0", description = "oblique: degrees about the patient's left-right axis (right-hand rule about +x, towards the left)")
    double tiltX;

    @Option(names = "--tilt-y", defaultValue = "0", description = "oblique: then degrees about the anterior-posterior axis (right-hand rule about +y, towards posterior)")
    double tiltY;

    @Option(names = "--slab", defaultValue = "0", description = "slab thickness in mm (0: a thin slice)")
    double slabMm;

    @Option(names = "--mode", defaultValue = "mip", description = "slab projection: mip, minip or avg (default ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--window", description = "CENTER,WIDTH in modality units, or a CT preset: lung, mediastinum, abdomen, bone, brain, liver, "
            + "subdural (default: the header's first window, else the full range)")
    String window;

    @Option(names = "--function", description = "VOI LUT Function of the window: linear, linear-exact or sigmoid (PS3.3 C.11.2.1.2/3; "
            + "default: the header's VOI LUT Function, else linear)")
    String function;

    @Option(names = "--size", defaultValue = "native", description = "native (acquired plane: the stored slice; others: square pixels of the smallest spacing) or WxH fitting the volume")
    String size;

    @Option(names = "--renderer", defaultValue = "auto", description = "auto (GPU unless GL is missing or software), gpu (fails without GL) or cpu")
    String renderer;

    @Option(names = "--info", description = "print one JSON object: volume, findings, view, renderer and orientation labels")
    boolean info;

    @Option(names = "--out", description = "the PNG to write (required unless --info)")
    Optional<Path> out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RenderOptions options = RenderOptions.parse(plane, slice, mode, slabMm, window, function, size, renderer);
        if (out.isEmpty() && !info) {
            throw new CommandFailure(LumenCommand.USAGE, "give --out image.png or --info");
        }
        LoadedSeries series;
        try {
            series = SeriesVolumeLoader.load(inputs);
        } catch (SeriesLoadException e) {
            throw new CommandFailure(LumenCommand.BAD_INPUT, e.getMessage());
        }
        ViewPlan view;
        try {
            view = ViewPlan.of(series.volume(), options.plane(), tiltX, tiltY, options.slice(), options.size());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(LumenCommand.USAGE, e.getMessage());
        }
        DisplayMapping display = RenderDisplay.choose(series, options);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        RendererSelection selection = RendererChoice.select(options.preference(), pool);
        try (pool; Renderer chosen = selection.renderer()) {
            if (options.preference() == RendererSelection.Preference.GPU && selection.fallbackReason().isPresent()) {
                throw new CommandFailure(LumenCommand.FAILURE, "--renderer gpu: no usable OpenGL: " + selection.fallbackReason().get());
            }
            if (info) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.println(RenderInfo.json(series, options.plane(), view, display, selection));
                stdout.flush();
            }
            if (out.isPresent()) {
                ViewRequest request = ViewRequest.slice(series.volume(), view.plane(), view.width(), view.height(), Renderer.IDENTITY_8_BIT)
                        .withDisplay(display).withSlab(options.slabMode(), options.slabMode() == SlabMode.NONE ? 0 : slabMm);
                RenderedImage image = series.header() instanceof HeaderDisplay.Rgb rgb
                        ? chosen.renderRgb(rgb.channels(), request) : chosen.render(request);
                PngOutput.write(image, out.get());
            }
        }
        return LumenCommand.OK;
    }
}
