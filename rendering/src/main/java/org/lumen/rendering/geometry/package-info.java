/**
 * Geometry in DICOM patient coordinates (LPS, millimetres), plain Java with no I/O and no GL.
 *
 * <p>{@link org.lumen.rendering.geometry.ImagePlane} is one image's position, orientation and
 * pixel spacing with pixel/patient transforms; {@link org.lumen.rendering.geometry.VolumeGeometry}
 * places a voxel grid (possibly sheared by gantry tilt) with its voxel/patient
 * {@link org.lumen.rendering.geometry.Affine}; {@link org.lumen.rendering.geometry.OrientationLabels}
 * turns directions into the R/L, A/P, H/F letters shown at the edges of a view.
 *
 * <p>Threading: every type here is an immutable value or a stateless function and may be used from
 * any thread.
 */
package org.lumen.rendering.geometry;
