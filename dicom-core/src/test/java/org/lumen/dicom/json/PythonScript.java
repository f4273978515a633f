package org.lumen.dicom.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a reference tool (a test resource script under /usr/bin/python3, or dcmtk) and returns its standard output. */
final class PythonScript {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path TEST_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    private PythonScript() {}

    static byte[] run(String resource, List<String> arguments) throws IOException, InterruptedException {
        Path script = Files.createTempFile("lumen-test", ".py");
        try {
            try (InputStream in = PythonScript.class.getResourceAsStream(resource)) {
                Files.write(script, in.readAllBytes());
            }
            List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
            command.addAll(arguments);
            return command(command);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static byte[] command(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed on " + command.subList(1, command.size()));
        }
        return output;
    }
}
