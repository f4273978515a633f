/**
 * The Lumen workstation application: {@link org.lumen.viewer.Main} is the entry point of
 * {@code ./lumen}. Sub-packages: {@code cli} (command line), {@code app} (the JavaFX workstation).
 */
package org.lumen.viewer;
