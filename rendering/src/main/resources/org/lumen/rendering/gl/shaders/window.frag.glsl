// Pass 2: the combined value through the linear VOI function of PS3.3 C.11.2.1.2.1 to a grey level,
// rounded as WindowLevel.grey does, optionally inverted; black where no sample was inside.
// "#version 330 core" is prepended by ShaderProgram.
uniform sampler2D accumulated;
uniform int average;   // 1: red holds a sum to divide by the count in alpha
uniform float width;
uniform int invert;

out vec4 grey;

void main() {
    vec4 a = texelFetch(accumulated, ivec2(gl_FragCoord.xy), 0);
    if (a.a == 0.0) {
        grey = vec4(0.0, 0.0, 0.0, 1.0);
        return;
    }
    float x = average == 1 ? a.r / a.a : a.r;   // relative to the window centre
    float y;
    if (x <= -0.5 - (width - 1.0) * 0.5) {
        y = 0.0;
    } else if (x > -0.5 + (width - 1.0) * 0.5) {
        y = 255.0;
    } else {
        y = ((x + 0.5) / (width - 1.0) + 0.5) * 255.0;
    }
    float g = floor(y + 0.5);
    if (invert == 1) {
        g = 255.0 - g;
    }
    grey = vec4(g / 255.0, 0.0, 0.0, 1.0);
}
