/** Tests of the {@code ./lumen} command line, run in process through picocli. */
package org.lumen.viewer.cli;
