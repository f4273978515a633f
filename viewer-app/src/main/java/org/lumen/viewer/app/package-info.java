/**
 * The JavaFX workstation: the application class, its main window and its views. Threading: every
 * method here runs on the JavaFX application thread unless it says otherwise; loading and decoding
 * run on background threads and hand results to the FX thread with {@code Platform.runLater}.
 */
package org.lumen.viewer.app;
