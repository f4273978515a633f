/**
 * The JavaFX workstation: the application class, its main window and its views. The reading area is
 * a {@link org.lumen.viewer.app.Workspace} (grid of {@link org.lumen.viewer.app.StackViewport}s, the
 * opened series by UID, key dispatch, help, tool bar); each viewport draws through an
 * {@link org.lumen.viewer.app.ImageSurface} (double-buffered PixelBuffer) and overlays measurements and
 * text. Threading: every method here runs on the JavaFX application thread unless it says otherwise;
 * scanning, decoding and drawing run on background threads ({@code ViewDrawer}, one per viewport) and
 * hand results to the FX thread with {@code Platform.runLater} (see docs/threading.md).
 */
package org.lumen.viewer.app;
