/**
 * Unit tests of viewport geometry and timing: quarter turns and flips with their orientation letters,
 * the image-to-screen mapping (fit, zoom about a point, pan, anisotropic pixels), the scale bar, handle
 * hits and cine timing with a hand-stepped clock. Plain JUnit, no FX thread.
 */
package org.lumen.viewer.viewport;
