/**
 * Tests of the GPU renderer. {@code GpuMatchesCpuTest} is tagged "gpu": it needs a GL context (Xvfb
 * with Mesa llvmpipe in CI) and compares every pixel with the CPU reference renderer, writing
 * actual/expected/diff PNGs under {@code target/gpu-golden/} when they differ. Without GL it is
 * aborted with the reason, or fails when {@code -Dlumen.requireGpu=true}. The brick layout and the
 * fallback selection are plain unit tests.
 */
package org.lumen.rendering.gl;
