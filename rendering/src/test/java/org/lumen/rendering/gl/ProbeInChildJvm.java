package org.lumen.rendering.gl;

/** Run in a child JVM by {@link QuietStderrTest}: probes the GPU and prints the result on standard output. */
final class ProbeInChildJvm {
    private ProbeInChildJvm() {}

    public static void main(String[] args) {
        System.out.println("probe: " + GpuProbe.probe());
    }
}
