/**
 * Unit tests of the CPU reference renderer on synthetic phantoms with known content: native
 * reslices that must equal the stored voxels, oblique planes through linear ramps (which trilinear
 * interpolation reproduces exactly), spheres, slabs and anisotropic voxels. Each test runs on its
 * own two-thread pool.
 */
package org.lumen.rendering.cpu;
