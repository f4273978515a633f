/**
 * The geometry and timing of one viewport, as plain Java: {@link org.lumen.viewer.viewport.ViewState}
 * (zoom, pan and {@link org.lumen.viewer.viewport.DisplayOrientation}: quarter turns and flips), the
 * mapping between image pixels and the screen ({@link org.lumen.viewer.viewport.ViewGeometry}),
 * the orientation letters after rotation and flips, the scale bar length
 * ({@link org.lumen.viewer.viewport.ScaleBar}) and cine timing ({@link org.lumen.viewer.viewport.CinePlayer}
 * driven by a {@link org.lumen.viewer.viewport.FrameClock}, which tests step by hand).
 *
 * <p>Threading: values are immutable; {@code CinePlayer} is confined to the thread that ticks it
 * (the FX thread). Nothing here uses JavaFX.
 */
package org.lumen.viewer.viewport;
