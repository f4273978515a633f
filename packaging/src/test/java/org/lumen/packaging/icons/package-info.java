/**
 * Tests of the icon set tool: the ICO and ICNS writers read back byte by byte and by independent
 * readers (ImageMagick's {@code identify}, icnsutils' {@code icns2png}), and the real SVG rendered
 * at every size. Synthetic images come from {@link org.lumen.packaging.icons.TestIcons}.
 */
package org.lumen.packaging.icons;
