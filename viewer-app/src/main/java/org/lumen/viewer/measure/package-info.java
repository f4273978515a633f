/**
 * Measurements on one image, as plain Java: the model ({@link org.lumen.viewer.measure.Measurement}:
 * length, angle, rectangle and ellipse ROI, point value), the physical calibration of a pixel
 * ({@link org.lumen.viewer.measure.Calibration}: from Pixel Spacing, or estimated from Imager Pixel
 * Spacing, or none), the results ({@link org.lumen.viewer.measure.MeasurementResult}) and the store
 * that keeps measurements per image ({@link org.lumen.viewer.measure.MeasurementStore}).
 *
 * <p>Coordinates are image pixel coordinates: pixel {@code (i, j)} covers {@code [i, i+1) x [j, j+1)},
 * its centre is {@code (i + 0.5, j + 0.5)}. Views map them to the screen, so measurements follow
 * zoom, pan, rotation and flips. Threading: values are immutable and thread-safe; the store is
 * confined to one thread (the JavaFX application thread in the workstation). Nothing here uses
 * JavaFX, so all of it is unit-tested without the FX thread.
 */
package org.lumen.viewer.measure;
