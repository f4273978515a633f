package org.lumen.bench;

/**
 * Command-line options of {@link GpuFrameTime}.
 *
 * @param frames        GPU frames timed
 * @param cpuFrames     CPU 1024 x 1024 frames timed
 * @param resliceFrames CPU 512 x 512 reslices timed on 2 cores
 * @param columns       volume columns
 * @param rows          volume rows
 * @param slices        volume slices
 * @param view          side of the square GPU/CPU comparison frames, pixels
 */
record BenchArgs(int frames, int cpuFrames, int resliceFrames, int columns, int rows, int slices, int view) {
    BenchArgs {
        if (frames < 1 || cpuFrames < 1 || resliceFrames < 1 || columns < 2 || rows < 2 || slices < 2 || view < 1 || view > 16384) {
            throw new IllegalArgumentException("counts must be positive and the volume at least 2 x 2 x 2");
        }
    }

    static BenchArgs parse(String[] args) {
        int frames = 300;
        int cpuFrames = 10;
        int resliceFrames = 40;
        int[] size = {512, 512, 500};
        int view = 1024;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[i + 1]);
                case "--view" -> view = Integer.parseInt(args[i + 1]);
                case "--cpu-frames" -> cpuFrames = Integer.parseInt(args[i + 1]);
                case "--reslice-frames" -> resliceFrames = Integer.parseInt(args[i + 1]);
                case "--size" -> {
                    String[] p = args[i + 1].split("x");
                    if (p.length != 3) {
                        throw new IllegalArgumentException("--size must be CxRxS: " + args[i + 1]);
                    }
                    size = new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        return new BenchArgs(frames, cpuFrames, resliceFrames, size[0], size[1], size[2], view);
    }
}
