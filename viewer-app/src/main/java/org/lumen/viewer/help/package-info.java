/**
 * The help panel: {@link org.lumen.viewer.help.HelpPanel} lists every key binding, grouped, straight
 * from {@link org.lumen.viewer.tools.KeyTable} (the table that binds the keys), so the list cannot
 * drift from what the keys do. Threading: FX thread only.
 */
package org.lumen.viewer.help;
