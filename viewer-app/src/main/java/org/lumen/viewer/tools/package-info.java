/**
 * What a user can do in a viewport and on which keys: {@link org.lumen.viewer.tools.Tool} (what a
 * left drag does), {@link org.lumen.viewer.tools.ViewerAction} (every action with its description)
 * and {@link org.lumen.viewer.tools.KeyTable}, the one table that both binds the keys and feeds the
 * help panel. Threading: immutable values; matching runs on the FX thread.
 */
package org.lumen.viewer.tools;
