/**
 * Unit tests of the measurement maths: calibration from the header, lengths and angles in physical
 * space, region statistics on synthetic pixel grids with known values, the per-image store. Plain
 * JUnit, no FX thread.
 */
package org.lumen.viewer.measure;
