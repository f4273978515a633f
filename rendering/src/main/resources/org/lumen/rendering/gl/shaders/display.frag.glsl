// Pass 2: the combined value to display pixels, the formulas of DisplayMapping (dicom-core's LUT blocks)
// in single precision: the VOI LUT (LINEAR, LINEAR_EXACT or SIGMOID window, PS3.3 C.11.2.1.2/3, or a VOI
// LUT table) onto [0, 255], the Presentation LUT (IDENTITY, INVERSE or a table), rounded half up; or
// a PALETTE COLOR lookup of the stored value. Black where no sample was inside.
// Tables are integer texture buffers (R32UI, up to 65536 entries), read with texelFetch: entries are
// exact; only the index of an interpolated value and the final scaling are computed in float.
// "#version 330 core" is prepended by ShaderProgram.
uniform sampler2D accumulated;
uniform int average;        // 1: red holds a sum to divide by the count in alpha
uniform float offset;       // what pass 1 subtracted (the window centre, else 0)
uniform int kind;           // 0 window, 1 VOI LUT table, 2 palette
uniform int function;       // window: 0 LINEAR, 1 LINEAR_EXACT, 2 SIGMOID
uniform float width;
uniform usamplerBuffer voiTable;
uniform ivec2 voiRange;     // first mapped value, number of entries
uniform float voiMax;       // 2^bits - 1
uniform int presentation;   // 0 IDENTITY, 1 INVERSE, 2 table
uniform usamplerBuffer presentationTable;
uniform ivec2 presentationRange;
uniform float presentationMax;
uniform usamplerBuffer red;
uniform usamplerBuffer green;
uniform usamplerBuffer blue;
uniform ivec3 paletteFirst;
uniform ivec3 paletteSize;
uniform ivec3 paletteShift; // bits - 8 for 16-bit entries, else 0

out vec4 colour;

// LookupTable.lookup: inputs before the first mapped value take the first entry, past the end the last
uint lookup(usamplerBuffer table, int first, int size, int at) {
    return texelFetch(table, clamp(at - first, 0, size - 1)).r;
}

float voi(float relative) {
    if (kind == 1) {
        int x = int(floor(relative + offset + 0.5));   // Math.round
        return float(lookup(voiTable, voiRange.x, voiRange.y, x)) / voiMax * 255.0;
    }
    float x = relative;                                // x - center
    if (function == 2) {
        return 255.0 / (1.0 + exp(-4.0 * x / width));
    }
    if (function == 1) {
        if (x <= -width / 2.0) {
            return 0.0;
        }
        return x > width / 2.0 ? 255.0 : (x / width + 0.5) * 255.0;
    }
    if (x <= -0.5 - (width - 1.0) * 0.5) {
        return 0.0;
    }
    return x > -0.5 + (width - 1.0) * 0.5 ? 255.0 : ((x + 0.5) / (width - 1.0) + 0.5) * 255.0;
}

float present(float v) {
    if (presentation == 1) {
        return 255.0 - v;
    }
    if (presentation == 2) {
        int position = int(floor(v / 255.0 * float(presentationRange.y - 1) + 0.5));
        return float(lookup(presentationTable, presentationRange.x, presentationRange.y, presentationRange.x + position))
                * 255.0 / presentationMax;
    }
    return v;
}

void main() {
    vec4 a = texelFetch(accumulated, ivec2(gl_FragCoord.xy), 0);
    if (a.a == 0.0) {
        colour = vec4(0.0, 0.0, 0.0, 1.0);
        return;
    }
    float x = average == 1 ? a.r / a.a : a.r;
    if (kind == 2) {
        int s = int(floor(x + offset + 0.5));
        uvec3 e = uvec3(lookup(red, paletteFirst.r, paletteSize.r, s), lookup(green, paletteFirst.g, paletteSize.g, s),
                lookup(blue, paletteFirst.b, paletteSize.b, s));
        colour = vec4(vec3(e >> uvec3(paletteShift)) / 255.0, 1.0);
        return;
    }
    float g = clamp(floor(present(voi(x)) + 0.5), 0.0, 255.0);
    colour = vec4(vec3(g / 255.0), 1.0);
}
