/**
 * Viewport layouts: {@link org.lumen.viewer.layout.GridLayout} (rows x columns, the standard ones
 * and custom), {@link org.lumen.viewer.layout.SeriesDisplay} (what other views call to show a series
 * in the active viewport) and {@link org.lumen.viewer.layout.SeriesTransfer} (the drag-and-drop
 * format that carries a Series Instance UID). Plain values; the JavaFX grid lives in
 * {@code org.lumen.viewer.app}. Threading: values are immutable; {@code SeriesDisplay} is called on
 * the FX thread.
 */
package org.lumen.viewer.layout;
