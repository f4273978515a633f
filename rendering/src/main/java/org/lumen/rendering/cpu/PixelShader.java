package org.lumen.rendering.cpu;

import org.lumen.rendering.DisplayMapping;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.VoxelSteps;
import org.lumen.rendering.geometry.Vec3;

/**
 * Computes the pixels of a row: slab samples (modality values, or stored values for a palette),
 * combination, then dicom-core's VOI LUT and Presentation LUT (or palette) through {@link DisplayMapping}.
 */
final class PixelShader {
    private final VoxelSampler sampler;
    private final double ox, oy, oz, cx, cy, cz, rx, ry, rz, sx, sy, sz;
    private final int count;
    private final int width;
    private final SlabMode mode;
    private final DisplayMapping display;
    private final int channels;

    PixelShader(VoxelSampler sampler, VoxelSteps steps, ViewRequest request) {
        this.sampler = sampler;
        Vec3 o = steps.origin();
        Vec3 c = steps.perColumn();
        Vec3 r = steps.perRow();
        Vec3 s = steps.perSample();
        ox = o.x(); oy = o.y(); oz = o.z();
        cx = c.x(); cy = c.y(); cz = c.z();
        rx = r.x(); ry = r.y(); rz = r.z();
        sx = s.x(); sy = s.y(); sz = s.z();
        count = steps.samples().count();
        width = request.width();
        mode = request.slabMode();
        display = request.display();
        channels = display.channels();
    }

    void shadeRow(int y, byte[] out, int offset) {
        double rowX = ox + rx * y;
        double rowY = oy + ry * y;
        double rowZ = oz + rz * y;
        for (int x = 0; x < width; x++) {
            double px = rowX + cx * x;
            double py = rowY + cy * x;
            double pz = rowZ + cz * x;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            int inside = 0;
            for (int s = 0; s < count; s++) {
                double vx = px + sx * s;
                double vy = py + sy * s;
                double vz = sampler.sliceIndex(pz + sz * s);
                if (!sampler.inside(vx, vy, vz)) {
                    continue;
                }
                double value = sampler.sample(vx, vy, vz);
                max = Math.max(max, value);
                min = Math.min(min, value);
                sum += value;
                inside++;
            }
            int at = offset + x * channels;
            if (inside == 0) {
                for (int c = 0; c < channels; c++) {
                    out[at + c] = 0;
                }
                continue;
            }
            double value = switch (mode) {
                case MIP -> max;
                case MINIP -> min;
                case AVERAGE, NONE -> sum / inside;
            };
            switch (display) {
                case DisplayMapping.Greyscale grey -> out[at] = (byte) grey.grey(value);
                case DisplayMapping.Palette palette -> {
                    int rgb = palette.rgb(value);
                    out[at] = (byte) (rgb >> 16);
                    out[at + 1] = (byte) (rgb >> 8);
                    out[at + 2] = (byte) rgb;
                }
            }
        }
    }
}
