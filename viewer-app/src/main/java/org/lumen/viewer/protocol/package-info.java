/**
 * Hanging protocols: readable JSON files ({@link org.lumen.viewer.protocol.ProtocolFiles}, format in
 * ADR 0013) of {@link org.lumen.viewer.protocol.HangingProtocol}s, each a {@link
 * org.lumen.viewer.protocol.StudyRule} that says which studies it fits, a layout, and one {@link
 * org.lumen.viewer.protocol.ViewportRule} per viewport that says which series goes there. {@link
 * org.lumen.viewer.protocol.ProtocolChooser} picks the most specific protocol for a study's {@link
 * org.lumen.viewer.protocol.StudyFacts}; {@link org.lumen.viewer.protocol.ProtocolChooser#assign} places the
 * series. Plain Java, no JavaFX; file reading and writing is blocking and belongs off the FX thread.
 */
package org.lumen.viewer.protocol;
