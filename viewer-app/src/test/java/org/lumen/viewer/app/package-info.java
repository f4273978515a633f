/**
 * End-to-end tests of the JavaFX workstation (tier "ui", TestFX under Xvfb). {@link
 * org.lumen.viewer.app.MainWindowUiTest} opens synthetic series written by {@link
 * org.lumen.viewer.app.PhantomSeries} through {@code MainWindow.open}, the path a user's File menu
 * or drop takes, and checks the overlay, the status bar and the displayed pixels. {@link
 * org.lumen.viewer.app.WorkstationToolsUiTest} drives the reading tools (layouts, series drops,
 * orientation letters, measurements on {@link org.lumen.viewer.app.MeasurePhantom}, cine stepped by a
 * {@link org.lumen.viewer.app.ManualFrameClock}, help panel); {@link
 * org.lumen.viewer.app.LayoutScreenshotUiTest} makes the 2x2 documentation screenshot. Without a display
 * the tests abort with the reason, unless {@code -Dlumen.requireDisplay=true} (CI) makes that a
 * failure. Window calls run on the FX thread; the test thread waits for them with bounded waits.
 */
package org.lumen.viewer.app;
