/**
 * Build-time tool that turns the application icon drawn as SVG ({@code icons/lumen.svg}) into the
 * files each platform wants: PNGs from 16 to 1024 px, a multi-size Windows ICO and a macOS ICNS.
 *
 * <p>The entry type is {@link org.lumen.packaging.icons.IconSetBuilder} (also a {@code main} that
 * the packaging build runs). {@link org.lumen.packaging.icons.SvgRasterizer} renders the SVG with
 * librsvg's {@code rsvg-convert}; {@link org.lumen.packaging.icons.IcoWriter} and
 * {@link org.lumen.packaging.icons.IcnsWriter} are our own container writers, both storing PNG
 * payloads. Nothing here ships with the application.
 *
 * <p>Threading: every type is used from one thread; writers are stateless.
 */
package org.lumen.packaging.icons;
