package org.lumen.viewer.overlay;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;

/** Which header attributes the viewport corners show, line by line. Immutable. */
public final class CornerTextLayout {
    /** A corner that carries configurable lines. */
    public enum Corner {
        TOP_LEFT("top-left"), TOP_RIGHT("top-right"), BOTTOM_LEFT("bottom-left");

        private final String key;

        Corner(String key) {
            this.key = key;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern KEY = Pattern.compile("(top-left|top-right|bottom-left)\\.(\\d{1,3})");
    private static final Map<String, Integer> KEYWORDS = keywords();

    private final Map<Corner, List<String>> lines;

    private CornerTextLayout(Map<Corner, List<String>> lines) {
        this.lines = lines;
    }

    /** The built-in layout. */
    public static CornerTextLayout builtIn() {
        try (InputStream in = Objects.requireNonNull(CornerTextLayout.class.getResourceAsStream("corner-text.properties"),
                "corner-text.properties")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's layout from {@code file} when it exists, else the built-in one. */
    public static CornerTextLayout userOrBuiltIn(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : builtIn();
    }

    /**
     * Parses a layout. Unknown keys and unknown placeholders are rejected with the offending text, so a
     * typo in a user's file is reported rather than silently showing nothing.
     */
    public static CornerTextLayout parse(String text) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        }
        Map<Corner, TreeMap<Integer, String>> sorted = new EnumMap<>(Corner.class);
        for (String name : properties.stringPropertyNames()) {
            Matcher key = KEY.matcher(name);
            if (!key.matches()) {
                throw new IllegalArgumentException("unknown corner text key '" + name + "' (expected e.g. top-left.1)");
            }
            String value = properties.getProperty(name).strip();
            Matcher m = PLACEHOLDER.matcher(value);
            while (m.find()) {
                if (!KEYWORDS.containsKey(m.group(1))) {
                    throw new IllegalArgumentException("unknown attribute keyword {" + m.group(1) + "} in " + name);
                }
            }
            Corner corner = java.util.Arrays.stream(Corner.values()).filter(c -> c.key.equals(key.group(1))).findFirst().orElseThrow();
            sorted.computeIfAbsent(corner, c -> new TreeMap<>()).put(Integer.parseInt(key.group(2)), value);
        }
        Map<Corner, List<String>> lines = new EnumMap<>(Corner.class);
        for (Corner c : Corner.values()) {
            lines.put(c, List.copyOf(sorted.getOrDefault(c, new TreeMap<>()).values()));
        }
        return new CornerTextLayout(lines);
    }

    /** The lines of a corner filled from a header; lines whose placeholders are all empty are left out. */
    public List<String> lines(Corner corner, DataSet ds) {
        List<String> out = new ArrayList<>();
        for (String template : lines.get(corner)) {
            Matcher optional = OPTIONAL.matcher(template);
            StringBuilder kept = new StringBuilder();
            boolean segmentFilled = false;
            while (optional.find()) {
                String segment = fill(optional.group(1), ds, false);
                segmentFilled |= !segment.isEmpty();
                optional.appendReplacement(kept, Matcher.quoteReplacement(segment));
            }
            optional.appendTail(kept);
            String line = fill(kept.toString(), ds, segmentFilled);
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return List.copyOf(out);
    }

    /** A template with its placeholders filled; "" when it has placeholders, all empty, and nothing else filled. */
    private static String fill(String template, DataSet ds, boolean alreadyFilled) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        boolean filled = alreadyFilled;
        while (m.find()) {
            any = true;
            String value = format(m.group(1), ds.getString(KEYWORDS.get(m.group(1)), ""));
            filled |= !value.isEmpty();
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        String line = sb.toString().replaceAll(" {3,}", "  ").strip();
        return !any || filled ? line : "";
    }

    private static String format(String keyword, String value) {
        String v = value.strip();
        if (keyword.endsWith("Date") && v.matches("\\d{8}")) {
            return v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6);
        }
        if (keyword.endsWith("Time") && v.matches("\\d{4,6}(\\.\\d*)?")) {
            return v.substring(0, 2) + ":" + v.substring(2, 4) + (v.length() >= 6 ? ":" + v.substring(4, 6) : "");
        }
        if (keyword.endsWith("Name")) {
            return v.replace('^', ' ').replaceAll(" +", " ").strip();
        }
        return v;
    }

    private static Map<String, Integer> keywords() {
        Map<String, Integer> map = new HashMap<>();
        for (Field f : Tag.class.getFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                try {
                    map.put(f.getName(), f.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(map);
    }
}
