/**
 * Configurable corner text: {@link org.lumen.viewer.overlay.CornerTextLayout} reads a readable
 * properties file ({@code corner-text.properties}: corner, line, text with {@code {Keyword}}
 * placeholders of DICOM attributes) and fills it from an image header. The built-in layout is a
 * resource next to this package; a user's file under {@code ~/.config/lumen/} replaces it.
 * Threading: the layout is immutable and thread-safe. Plain Java, no JavaFX.
 */
package org.lumen.viewer.overlay;
