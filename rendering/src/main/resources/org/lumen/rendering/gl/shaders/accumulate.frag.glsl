// Pass 1: samples one brick of the volume for every output pixel, following the rules of
// org.lumen.rendering.ViewRequest exactly as CpuRenderer does (manual nearest/trilinear on an
// integer texture, so no filtering hardware rounds the weights). Within a slice stored values are
// interpolated; each slice's result is rescaled with that slice's own slope and intercept (texture
// 'rescale', per-slice Rescale Slope/Intercept, as Volume.sliceValues); the two slices' modality values
// are then interpolated. Writes the combined modality value (stored value for a palette) minus 'offset'
// (the window centre, for precision; 0 otherwise) (red) and the number of inside samples (alpha); passes over several
// bricks are combined by blending (MAX, MIN or ADD).
// "#version 330 core", "#define SIGNED 0|1", "#define FP64 0|1" and the constants INSIDE_MARGIN and NEAREST_TIE_SHIFT
// (from ViewRequest) are prepended by ShaderProgram.
#if SIGNED
uniform isampler3D volume;
#else
uniform usampler3D volume;
#endif
// Each pixel's position on the plane is computed in double precision where the GL has it (GL 4.0 /
// ARB_gpu_shader_fp64), so that nearest-neighbour choices and the inside test match the CPU's doubles;
// single precision otherwise. It is split into an integer voxel index and a small float fraction, and
// slab samples step in float from there: cheap, and precise to about 1e-6 voxel.
// (With FP64 1, ShaderProgram's caller also prepends "#extension GL_ARB_gpu_shader_fp64 : require".)
#if FP64
#define COORD dvec3
#define SCALAR double
#else
#define COORD vec3
#define SCALAR float
#endif
uniform COORD origin;
uniform COORD perColumn;
uniform COORD perRow;
uniform vec3 perSample;
uniform int sampleCount;
uniform int irregular;          // 1: slices lie at slicePositions (regular grid units), see Volume.sliceIndexAt
uniform sampler1D slicePositions;
uniform ivec3 volumeSize;
uniform ivec3 brickOrigin;
uniform ivec3 coreStart;
uniform ivec3 coreEnd;
uniform int nearest;
uniform int mode;          // 0 thin slice, 1 MIP, 2 MinIP, 3 average
uniform int useRescale;         // 0 for a palette: stored values
uniform sampler2D rescale;      // per slice k: texel (k % 1024, k / 1024) = (slope, intercept), RG32F
uniform float offset;

out vec4 accumulated;

vec2 sliceRescale(int k) {
    return useRescale == 1 ? texelFetch(rescale, ivec2(k % 1024, k / 1024), 0).rg : vec2(1.0, 0.0);
}

float voxel(ivec3 index) {
    return float(texelFetch(volume, index - brickOrigin, 0).r);
}

// The fractional slice index at regular slice coordinate z (Volume.sliceIndexAt): identity outside
// the first and last slice, piecewise linear through the slice positions between them.
float sliceIndexAt(float z) {
    int n = volumeSize.z;
    if (z <= 0.0 || z >= float(n - 1)) {
        return z;
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (texelFetch(slicePositions, mid, 0).r <= z) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    float below = texelFetch(slicePositions, lo, 0).r;
    float above = texelFetch(slicePositions, hi, 0).r;
    return float(lo) + (z - below) / (above - below);
}

void main() {
    vec2 pixel = gl_FragCoord.xy - 0.5;
    ivec3 last = volumeSize - 1;
    // the same order of operations as CpuRenderer's PixelShader
    COORD base = origin + perRow * SCALAR(pixel.y) + perColumn * SCALAR(pixel.x);
    COORD baseFloor = floor(base);
    ivec3 baseIndex = ivec3(baseFloor);
    vec3 baseFraction = vec3(base - baseFloor);
    vec3 lowest = vec3(-baseIndex) - (0.5 + INSIDE_MARGIN);            // inside limits relative to baseIndex
    vec3 highest = vec3(volumeSize - baseIndex) - (0.5 - INSIDE_MARGIN);
    float acc = mode == 1 ? -3.0e38 : (mode == 2 ? 3.0e38 : 0.0);
    int inside = 0;
    for (int s = 0; s < sampleCount; s++) {
        vec3 f = baseFraction + perSample * float(s);
        ivec3 index = baseIndex;
        vec3 low3 = lowest;
        vec3 high3 = highest;
        if (irregular == 1) {
            float r = sliceIndexAt(float(baseIndex.z) + f.z);
            float rFloor = floor(r);
            index.z = int(rFloor);
            f.z = r - rFloor;
            low3.z = float(-index.z) - (0.5 + INSIDE_MARGIN);
            high3.z = float(volumeSize.z - index.z) - (0.5 - INSIDE_MARGIN);
        }
        if (any(lessThan(f, low3)) || any(greaterThan(f, high3))) {
            continue;
        }
        vec3 fFloor = floor(f);
        ivec3 unclamped = index + ivec3(fFloor);
        ivec3 low = clamp(unclamped, ivec3(0), last);
        if (any(lessThan(low, coreStart)) || any(greaterThanEqual(low, coreEnd))) {
            continue; // another brick owns this sample
        }
        float value;
        if (nearest == 1) {
            ivec3 n = clamp(index + ivec3(floor(f + (0.5 - NEAREST_TIE_SHIFT))), ivec3(0), last);
            vec2 r = sliceRescale(n.z);
            value = r.x * voxel(n) + r.y;
        } else {
            vec3 a = f - fFloor;
            ivec3 i0 = low;
            ivec3 i1 = clamp(unclamped + 1, ivec3(0), last);
            float c00 = mix(voxel(ivec3(i0.x, i0.y, i0.z)), voxel(ivec3(i1.x, i0.y, i0.z)), a.x);
            float c10 = mix(voxel(ivec3(i0.x, i1.y, i0.z)), voxel(ivec3(i1.x, i1.y, i0.z)), a.x);
            float c01 = mix(voxel(ivec3(i0.x, i0.y, i1.z)), voxel(ivec3(i1.x, i0.y, i1.z)), a.x);
            float c11 = mix(voxel(ivec3(i0.x, i1.y, i1.z)), voxel(ivec3(i1.x, i1.y, i1.z)), a.x);
            vec2 r0 = sliceRescale(i0.z);
            vec2 r1 = sliceRescale(i1.z);
            value = mix(r0.x * mix(c00, c10, a.y) + r0.y, r1.x * mix(c01, c11, a.y) + r1.y, a.z);
        }
        float m = value - offset;
        if (mode == 1) {
            acc = max(acc, m);
        } else if (mode == 2) {
            acc = min(acc, m);
        } else {
            acc += m;
        }
        inside++;
    }
    if (inside == 0) {
        discard;
    }
    accumulated = vec4(acc, 0.0, 0.0, float(inside));
}
