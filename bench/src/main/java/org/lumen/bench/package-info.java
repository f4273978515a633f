/**
 * Benchmarks, not part of the product. JMH benchmarks of dicom-core (header parsing and frame
 * decoding per codec), run by the scripts in {@code bench/}, which measure the peers (dcmtk, GDCM) on
 * the same files in the same run and report ratios; and the GPU frame-time harness
 * {@link org.lumen.bench.GpuFrameTime}, which times the GL renderer against the CPU reference renderer
 * in the same run.
 *
 * <p>Threading: the benchmarks are single-threaded drivers; renderers use their own threads (the GL
 * thread, fork/join pools the harness creates and shuts down).
 */
package org.lumen.bench;
