/**
 * Wording shared by the workstation's messages: {@link org.lumen.viewer.text.Plural} puts a counted
 * noun (and its verb) in the right number. Pure functions, any thread.
 */
package org.lumen.viewer.text;
