/** Unit tests of viewport layouts: the standard grids and parsing a custom "rows x columns". */
package org.lumen.viewer.layout;
