package org.lumen.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The DICOM files of Debian's python3-pydicom test data, and what /usr/bin/python3 with pydicom
 * reports for each of them (one python run for the whole corpus, its JSON parsed here).
 */
final class PydicomCorpus {
    static final Path DATA = Path.of("/usr/lib/python3/dist-packages/pydicom/data");
    /**
     * Files that end inside a value. no_meta.dcm is CT_small.dcm without its meta information but
     * with one stray byte in front, so its first tag reads as (0820,0500) with a length of 173 MB:
     * dcmdump rejects it too; pydicom keeps whatever bytes follow.
     */
    static final Set<String> TRUNCATED = Set.of("MR_truncated.dcm", "rtplan_truncated.dcm", "no_meta.dcm");
    private static final Set<String> NOT_DICOM = Set.of(".py", ".txt", ".json", ".dump", ".gz", ".md");

    private static Map<Path, Map<String, Object>> reference;

    private PydicomCorpus() {}

    /** Every DICOM file of test_files/**, charset_files/*.dcm and palettes/*.dcm, sorted. */
    static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(DATA.resolve("test_files"))) {
            walk.filter(Files::isRegularFile).filter(PydicomCorpus::isDicom).forEach(files::add);
        }
        for (String folder : List.of("charset_files", "palettes")) {
            try (Stream<Path> list = Files.list(DATA.resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".dcm")).forEach(files::add);
            }
        }
        files.sort(null);
        if (files.size() < 100) {
            throw new IllegalStateException("pydicom test files missing under " + DATA + ": found " + files.size());
        }
        return files;
    }

    private static boolean isDicom(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith("README") && (dot < 0 || !NOT_DICOM.contains(name.substring(dot)));
    }

    /** What pydicom reports, by file. */
    static synchronized Map<Path, Map<String, Object>> reference() throws IOException, InterruptedException {
        if (reference == null) {
            reference = run(files());
        }
        return reference;
    }

    static Map<Path, Map<String, Object>> run(List<Path> files) throws IOException, InterruptedException {
        Path script = Files.createTempFile("pydicom_summary", ".py");
        try (InputStream in = PydicomCorpus.class.getResourceAsStream("pydicom_summary.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] json = process.getInputStream().readAllBytes();
        int exit = process.waitFor();
        Files.delete(script);
        if (exit != 0) {
            throw new IllegalStateException("pydicom summary failed with exit code " + exit);
        }
        Map<Path, Map<String, Object>> byPath = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(new String(json, StandardCharsets.UTF_8))) {
            parser.nextToken();
            for (Object entry : (List<?>) readValue(parser)) {
                Map<?, ?> map = (Map<?, ?>) entry;
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                byPath.put(Path.of((String) map.get("path")), typed);
            }
        }
        return byPath;
    }

    /** A JSON value as maps, lists, strings, longs, booleans or {@link #NULL}. */
    static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, readValue(parser));
                }
                return map;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }

    /** JSON null (maps here hold no Java nulls). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
}
