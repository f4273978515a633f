/**
 * What a user can do in a viewport and on which keys: {@link org.lumen.viewer.tools.Tool} (what a
 * left drag does), {@link org.lumen.viewer.tools.ViewerAction} (every action with its description)
 * and {@link org.lumen.viewer.tools.KeyTable}, the one table that both binds the keys and feeds the
 * help panel; {@link org.lumen.viewer.tools.HeldKeys} (a key's auto-repeat told from a new press) and
 * {@link org.lumen.viewer.tools.LazyTooltip} (tooltips made when first wanted). Threading: immutable
 * values; matching, key tracking and tooltips on the FX thread.
 */
package org.lumen.viewer.tools;
