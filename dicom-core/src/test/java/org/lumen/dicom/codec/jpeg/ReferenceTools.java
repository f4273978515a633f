package org.lumen.dicom.codec.jpeg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the reference tools (dcmtk, /usr/bin/python3 with pydicom); any failure fails the test loudly. */
final class ReferenceTools {
    static final String PYTHON = "/usr/bin/python3";

    private ReferenceTools() {
    }

    /** Copies the pydicom glue script into {@code dir} and returns its path. */
    static Path glueScript(Path dir) throws IOException {
        Path script = dir.resolve("dicom_glue.py");
        try (InputStream in = ReferenceTools.class.getResourceAsStream("dicom_glue.py")) {
            if (in == null) {
                throw new IOException("test resource dicom_glue.py missing");
            }
            Files.copy(in, script);
        }
        return script;
    }

    /** Runs a command, feeding it {@code stdin}; returns its standard output, throws unless it exits 0. */
    static String run(List<String> command, String stdin) throws IOException, InterruptedException {
        Path err = Files.createTempFile("lumen-jpeg-tool", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out;
            try (InputStream o = p.getInputStream()) {
                out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
            }
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IOException(command + " exited " + rc + ": " + Files.readString(err));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        return run(List.of(command), "");
    }

    static List<String> command(String first, List<String> options, String... rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(options);
        all.addAll(List.of(rest));
        return all;
    }
}
