/**
 * Unit tests of volume assembly: sorting, spacing, gaps, duplicates, tilt, mixed series and partial
 * volumes, on synthetic DataSets built in the tests. No shared state.
 */
package org.lumen.rendering.volume;
