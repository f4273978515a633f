package org.lumen.viewer.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.VR;
import org.lumen.dicom.pixel.StoredFrame;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.gl.GlRenderer;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.viewport.SliceVolume;
import org.lumen.viewer.viewport.ViewGeometry;
import org.lumen.viewer.viewport.ViewRendering;
import org.lumen.viewer.viewport.ViewState;

/**
 * Manual measurement behind ADR 4 (not a test; run it by hand): median time of drawing one 512^2 CT
 * image with the CPU rasterizer against the CPU renderer and the GL renderer drawing 512^2 and 1024^2
 * views of it, all in the same run. Run under xvfb-run with the viewer-app test class path:
 * {@code java -cp <test class path> org.lumen.viewer.app.ViewDrawTiming}.
 */
final class ViewDrawTiming {
    private ViewDrawTiming() {}

    interface Job { void run() throws Exception; }
    static double median(Job job) throws Exception {
        for (int i = 0; i < 20; i++) job.run();
        double[] t = new double[60];
        for (int i = 0; i < t.length; i++) { long s = System.nanoTime(); job.run(); t[i] = (System.nanoTime() - s) / 1e6; }
        Arrays.sort(t);
        return t[t.length / 2];
    }
    public static void main(String[] a) throws Exception {
        int n = 512;
        ByteBuffer b = ByteBuffer.allocate(n * n * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) b.putShort((short) (((i * 7 + j * 13) % 2000) + 24));
        DataSet ds = new DataSet().setInt(Tag.BitsStored, VR.US, 12).setDouble(Tag.RescaleSlope, VR.DS, 1)
            .setDouble(Tag.RescaleIntercept, VR.DS, -1024).setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2")
            .setInt(Tag.SamplesPerPixel, VR.US, 1).setInt(Tag.Rows, VR.US, n).setInt(Tag.Columns, VR.US, n)
            .setInt(Tag.BitsAllocated, VR.US, 16).setInt(Tag.PixelRepresentation, VR.US, 0);
        StoredFrame frame = new StoredFrame(0, n, n, 1, 2, false, false, "MONOCHROME2", b.array());
        OpenedSeries.Image image = new OpenedSeries.Image(Path.of("x.dcm"), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, 0, 1);
        SliceRasterizer.Window window = new SliceRasterizer.Window(40, 400, false);
        Calibration cal = new Calibration(0.7, 0.7, Calibration.Kind.CALIBRATED);
        SliceVolume sv = SliceVolume.of(ds, frame, cal).orElseThrow();
        ForkJoinPool pool = new ForkJoinPool(2);
        Renderer cpu = new CpuRenderer(pool);
        ViewGeometry g1024 = new ViewGeometry(n, n, cal, 1024, 1024, ViewState.INITIAL);
        ViewGeometry g512 = new ViewGeometry(n, n, cal, 512, 512, ViewState.INITIAL);
        WindowLevel wl = new WindowLevel(40, 400);
        double ras = median(() -> SliceRasterizer.rasterize(image, frame, window));
        double cpu512 = median(() -> cpu.render(ViewRendering.request(sv, g512, 1, wl, false)));
        double cpu1024 = median(() -> cpu.render(ViewRendering.request(sv, g1024, 1, wl, false)));
        double vol = median(() -> SliceVolume.of(ds, frame, cal));
        System.out.printf("rasterizer 512^2 image: %.2f ms%n", ras);
        System.out.printf("SliceVolume.of 512^2: %.2f ms%n", vol);
        System.out.printf("CpuRenderer 512^2 view: %.2f ms (%.2fx rasterizer)%n", cpu512, cpu512 / ras);
        System.out.printf("CpuRenderer 1024^2 view: %.2f ms (%.2fx rasterizer)%n", cpu1024, cpu1024 / ras);
        try (GlRenderer gl = GlRenderer.create()) {
            double gl1024 = median(() -> gl.render(ViewRendering.request(sv, g1024, 1, wl, false)));
            double gl512 = median(() -> gl.render(ViewRendering.request(sv, g512, 1, wl, false)));
            // new slice volume each time (scrolling): upload + draw
            double glNew = median(() -> gl.render(ViewRendering.request(SliceVolume.of(ds, frame, cal).orElseThrow(), g1024, 1, wl, false)));
            System.out.printf("GlRenderer (%s) 512^2 view: %.2f ms (%.2fx CPU renderer)%n", gl.glRenderer(), gl512, gl512 / cpu512);
            System.out.printf("GlRenderer 1024^2 view: %.2f ms (%.2fx CPU renderer)%n", gl1024, gl1024 / cpu1024);
            System.out.printf("GlRenderer 1024^2 view, new slice each frame: %.2f ms%n", glNew);
        } catch (Exception e) { System.out.println("no GL: " + e); }
        pool.shutdown();

    }
}
