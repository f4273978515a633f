package org.lumen.dicom.charset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Runs {@code pydicom_text_values.py} under /usr/bin/python3 (which has pydicom) over pydicom's
 * character set test files and reads its JSON: one {@link Sample} per text value.
 */
final class PydicomTextValues {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path CHARSET_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/charset_files");

    /** One text value: where it is, its VR, the character set in force, its bytes and pydicom's decoding. */
    record Sample(String file, String tag, String vr, List<String> terms, byte[] bytes, String text) {
        @Override
        public String toString() {
            return Path.of(file).getFileName() + " " + tag + " " + vr + " " + terms;
        }
    }

    private PydicomTextValues() {}

    static List<Sample> load() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script().toString()));
        try (Stream<Path> files = Files.list(CHARSET_FILES)) {
            files.filter(p -> p.toString().endsWith(".dcm")).sorted().map(Path::toString).forEach(command::add);
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Sample> samples;
        try (InputStream in = process.getInputStream()) {
            samples = parse(in.readAllBytes());
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pydicom_text_values.py failed");
        }
        return samples;
    }

    private static Path script() throws IOException {
        try (InputStream in = PydicomTextValues.class.getResourceAsStream("pydicom_text_values.py")) {
            Path file = Files.createTempFile("pydicom_text_values", ".py");
            file.toFile().deleteOnExit();
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static List<Sample> parse(byte[] json) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(new String(json, StandardCharsets.UTF_8))) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String file = "", tag = "", vr = "", hex = "", text = "";
                List<String> terms = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.VALUE_STRING) {
                            terms.add(parser.getText());
                        }
                        continue;
                    }
                    switch (name) {
                        case "file" -> file = parser.getText();
                        case "tag" -> tag = parser.getText();
                        case "vr" -> vr = parser.getText();
                        case "hex" -> hex = parser.getText();
                        case "text" -> text = parser.getText();
                        default -> throw new IOException("unexpected field " + name);
                    }
                }
                samples.add(new Sample(file, tag, vr, List.copyOf(terms), HexFormat.of().parseHex(hex), text));
            }
        }
        return samples;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
