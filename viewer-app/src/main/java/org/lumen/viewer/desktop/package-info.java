/**
 * Desktop integration that the operating system drives: arguments a file manager, an EHR link or a
 * file association hands to the launcher ({@link org.lumen.viewer.desktop.LaunchArguments}), the
 * per-user {@code lumen://} scheme registration on Windows ({@link org.lumen.viewer.desktop.WindowsUrlScheme}),
 * and the macOS open-file / open-URL events ({@link org.lumen.viewer.desktop.MacOpenEvents}).
 * Linux registers the scheme and file types through the .deb's desktop entries (packaging module).
 */
package org.lumen.viewer.desktop;
