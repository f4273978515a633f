package org.lumen.rendering.gl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.jogamp.opengl.GL3;

import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.geometry.Vec3;

/**
 * A linked GLSL 3.30 core program built from resource files under {@code shaders/}, with uniforms set
 * by name through typed setters. GL thread only.
 */
final class ShaderProgram {
    /** The sampling constants of {@link ViewRequest}, so that the shaders use the very same values. */
    private static final String CONSTANTS = "#define INSIDE_MARGIN " + ViewRequest.INSIDE_MARGIN + "\n"
            + "#define NEAREST_TIE_SHIFT " + ViewRequest.NEAREST_TIE_SHIFT + "\n";
    private final GL3 gl;
    private final int id;
    private final Map<String, Integer> locations = new HashMap<>();

    private ShaderProgram(GL3 gl, int id) {
        this.gl = gl;
        this.id = id;
    }

    static ShaderProgram link(GL3 gl, String vertexFile, String fragmentFile, String defines) {
        int vs = compile(gl, GL3.GL_VERTEX_SHADER, vertexFile, "");
        int fs = compile(gl, GL3.GL_FRAGMENT_SHADER, fragmentFile, defines);
        int program = gl.glCreateProgram();
        gl.glAttachShader(program, vs);
        gl.glAttachShader(program, fs);
        gl.glLinkProgram(program);
        int[] status = new int[1];
        gl.glGetProgramiv(program, GL3.GL_LINK_STATUS, status, 0);
        gl.glDeleteShader(vs);
        gl.glDeleteShader(fs);
        if (status[0] == 0) {
            String log = programLog(gl, program);
            gl.glDeleteProgram(program);
            throw new IllegalStateException("linking " + vertexFile + " + " + fragmentFile + " failed: " + log);
        }
        return new ShaderProgram(gl, program);
    }

    private static int compile(GL3 gl, int type, String file, String defines) {
        String source = "#version 330 core\n" + defines + CONSTANTS + "#line 1\n" + read(file);
        int shader = gl.glCreateShader(type);
        gl.glShaderSource(shader, 1, new String[] {source}, null, 0);
        gl.glCompileShader(shader);
        int[] status = new int[1];
        gl.glGetShaderiv(shader, GL3.GL_COMPILE_STATUS, status, 0);
        if (status[0] == 0) {
            int[] length = new int[1];
            gl.glGetShaderiv(shader, GL3.GL_INFO_LOG_LENGTH, length, 0);
            byte[] log = new byte[Math.max(1, length[0])];
            gl.glGetShaderInfoLog(shader, log.length, null, 0, log, 0);
            gl.glDeleteShader(shader);
            throw new IllegalStateException("compiling " + file + " failed: " + new String(log, StandardCharsets.UTF_8).trim());
        }
        return shader;
    }

    private static String programLog(GL3 gl, int program) {
        int[] length = new int[1];
        gl.glGetProgramiv(program, GL3.GL_INFO_LOG_LENGTH, length, 0);
        byte[] log = new byte[Math.max(1, length[0])];
        gl.glGetProgramInfoLog(program, log.length, null, 0, log, 0);
        return new String(log, StandardCharsets.UTF_8).trim();
    }

    private static String read(String file) {
        try (InputStream in = ShaderProgram.class.getResourceAsStream("shaders/" + file)) {
            if (in == null) {
                throw new IllegalStateException("shader resource missing: shaders/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void use() {
        gl.glUseProgram(id);
    }

    private int location(String name) {
        return locations.computeIfAbsent(name, n -> gl.glGetUniformLocation(id, n));
    }

    void set(String name, int value) {
        gl.glUniform1i(location(name), value);
    }

    void set(String name, float value) {
        gl.glUniform1f(location(name), value);
    }

    void set(String name, Vec3 v) {
        gl.glUniform3f(location(name), (float) v.x(), (float) v.y(), (float) v.z());
    }

    /** Sets a {@code dvec3} uniform (GL 4.0 / ARB_gpu_shader_fp64). */
    void setDouble(String name, Vec3 v) {
        gl.glUniform3d(location(name), v.x(), v.y(), v.z());
    }

    void set(String name, int[] v) {
        gl.glUniform3i(location(name), v[0], v[1], v[2]);
    }

    void set(String name, int a, int b) {
        gl.glUniform2i(location(name), a, b);
    }

    void delete() {
        gl.glDeleteProgram(id);
    }
}
