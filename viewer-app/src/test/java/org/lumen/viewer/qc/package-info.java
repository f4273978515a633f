/** Tests of the QC models (no display) and of the QC windows (TestFX, {@code ui} tier). */
package org.lumen.viewer.qc;
