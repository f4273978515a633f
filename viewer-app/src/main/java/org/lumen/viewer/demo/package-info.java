/**
 * The built-in demo study: a synthetic CT chest phantom generated locally and labelled DEMO, which
 * the workstation opens when it starts with nothing to open. Entry type:
 * {@link org.lumen.viewer.demo.DemoStudy}. No JavaFX here; generation runs on a background thread.
 */
package org.lumen.viewer.demo;
