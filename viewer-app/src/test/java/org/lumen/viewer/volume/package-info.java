/** Tests of loading series from files into volumes: stored-value bits, series grouping, errors. */
package org.lumen.viewer.volume;
