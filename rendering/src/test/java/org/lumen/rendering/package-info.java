/**
 * Tests of the rendering API values (window/level, planes, slab sampling) and the synthetic
 * {@link org.lumen.rendering.Phantoms} shared by the CPU and GPU renderer tests.
 */
package org.lumen.rendering;
