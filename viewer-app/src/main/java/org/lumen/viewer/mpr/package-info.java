/**
 * Multiplanar reformatting (MPR): axial, coronal and sagittal views of a series' volume, linked by
 * crosshairs.
 *
 * <p>The linked planes are plain Java: {@link org.lumen.viewer.mpr.MprState} (the crosshair centre in
 * patient LPS, an orthonormal frame whose axes are the three plane normals, each view's screen-right
 * direction and its slab) and {@link org.lumen.viewer.mpr.MprViewport} (one view's
 * {@link org.lumen.rendering.SlicePlane} at device resolution, screen mapping, crosshair lines and
 * their handles). Rotating the crosshairs rotates the whole frame about the view's normal and
 * re-orthonormalizes it, so the three planes stay mutually perpendicular however often they are turned.
 *
 * <p>The JavaFX side is {@link org.lumen.viewer.mpr.MprLayout} (entry type: three {@code MprView}s and a
 * side panel, the shared window). Every view is drawn by the rendering module's
 * {@link org.lumen.rendering.Renderer} (GPU when selected, the CPU reference otherwise) at device
 * resolution, on one background thread per view where only the newest request is drawn; loading the
 * volume runs on its own thread. Everything else runs on the FX thread.
 */
package org.lumen.viewer.mpr;
