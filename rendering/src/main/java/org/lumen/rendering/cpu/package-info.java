/**
 * The CPU reference renderer: {@link org.lumen.rendering.cpu.CpuRenderer}, exact double-precision
 * sampling of {@link org.lumen.rendering.ViewRequest}s, parallel over image rows on an injected
 * {@link java.util.concurrent.ForkJoinPool}. Inner loops step linearly through voxel coordinates
 * ({@link org.lumen.rendering.VoxelSteps}) and allocate nothing per pixel.
 *
 * <p>Threading: {@code render} may be called from any thread, also concurrently; each call snapshots
 * the volume's slice arrays and writes only its own output array.
 */
package org.lumen.rendering.cpu;
