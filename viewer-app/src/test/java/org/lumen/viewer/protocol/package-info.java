/** Tests of hanging protocols: rule matching, choice, series placement and the file format. */
package org.lumen.viewer.protocol;
