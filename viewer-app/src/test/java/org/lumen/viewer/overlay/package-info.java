/** Unit tests of the corner text layout: parsing, filling from a header, rejecting typos. */
package org.lumen.viewer.overlay;
