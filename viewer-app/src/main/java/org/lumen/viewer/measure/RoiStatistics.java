package org.lumen.viewer.measure;

/**
 * Statistics of the pixels whose centres lie inside a region.
 *
 * @param count  pixels counted
 * @param mean   mean modality value
 * @param sd     population standard deviation
 * @param min    smallest value
 * @param max    largest value
 * @param area   the region's geometric area in squared length units of the calibration
 */
public record RoiStatistics(int count, double mean, double sd, double min, double max, double area) {

    /** Computes the statistics of a region over an image. */
    public static RoiStatistics of(Measurement.Roi roi, ModalityPixels pixels, Calibration calibration) {
        int x0 = Math.max(0, (int) Math.floor(roi.minX() - 0.5));
        int x1 = Math.min(pixels.width() - 1, (int) Math.ceil(roi.maxX() - 0.5));
        int y0 = Math.max(0, (int) Math.floor(roi.minY() - 0.5));
        int y1 = Math.min(pixels.height() - 1, (int) Math.ceil(roi.maxY() - 0.5));
        int count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = y0; j <= y1; j++) {
            for (int i = x0; i <= x1; i++) {
                if (roi.contains(i + 0.5, j + 0.5)) {
                    double v = pixels.value(i, j);
                    count++;
                    sum += v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double mean = count == 0 ? Double.NaN : sum / count;
        double squares = 0;
        for (int j = y0; j <= y1 && count > 0; j++) {
            for (int i = x0; i <= x1; i++) {
                if (roi.contains(i + 0.5, j + 0.5)) {
                    double d = pixels.value(i, j) - mean;
                    squares += d * d;
                }
            }
        }
        double w = (roi.maxX() - roi.minX()) * calibration.columnSpacingMm();
        double h = (roi.maxY() - roi.minY()) * calibration.rowSpacingMm();
        double area = roi.shape() == Measurement.Roi.Shape.RECTANGLE ? w * h : Math.PI * w * h / 4;
        return new RoiStatistics(count, mean, count == 0 ? Double.NaN : Math.sqrt(squares / count),
                count == 0 ? Double.NaN : min, count == 0 ? Double.NaN : max, area);
    }
}
