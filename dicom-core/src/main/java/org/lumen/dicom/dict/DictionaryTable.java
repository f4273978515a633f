package org.lumen.dicom.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed resource {@code elements.tsv}: loaded once, the first time the dictionary is used
 * (holder-class idiom, so the JVM's class initialisation makes it thread-safe).
 */
final class DictionaryTable {
    static final String RESOURCE = "elements.tsv";

    final Map<Integer, DictionaryEntry> byTag;
    final Map<String, DictionaryEntry> byKeyword;
    final List<DictionaryEntry> repeating;
    final List<DictionaryEntry> all;

    private DictionaryTable(List<DictionaryEntry> entries) {
        Map<Integer, DictionaryEntry> tags = new HashMap<>(entries.size() * 2);
        Map<String, DictionaryEntry> keywords = new HashMap<>(entries.size() * 2);
        List<DictionaryEntry> repeaters = new ArrayList<>();
        for (DictionaryEntry entry : entries) {
            if (entry.isRepeating()) {
                repeaters.add(entry);
            } else if (tags.put(entry.tag(), entry) != null) {
                throw new IllegalStateException("tag listed twice in " + RESOURCE + ": " + entry.pattern());
            }
            if (keywords.put(entry.keyword(), entry) != null) {
                throw new IllegalStateException("keyword listed twice in " + RESOURCE + ": " + entry.keyword());
            }
        }
        this.byTag = Map.copyOf(tags);
        this.byKeyword = Map.copyOf(keywords);
        this.repeating = List.copyOf(repeaters);
        this.all = List.copyOf(entries);
    }

    static DictionaryTable instance() {
        return Holder.TABLE;
    }

    private static final class Holder {
        static final DictionaryTable TABLE = load();
    }

    private static DictionaryTable load() {
        try (InputStream in = DictionaryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            return new DictionaryTable(parse(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<DictionaryEntry> parse(BufferedReader reader) throws IOException {
        List<DictionaryEntry> entries = new ArrayList<>(5200);
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 6 || fields[0].length() != 8) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + " is malformed: " + line);
            }
            int tag = 0;
            int mask = 0;
            for (int i = 0; i < 8; i++) {
                char c = fields[0].charAt(i);
                tag <<= 4;
                mask <<= 4;
                if (c != 'x') {
                    int digit = Character.digit(c, 16);
                    if (digit < 0) {
                        throw new IllegalStateException(RESOURCE + " line " + lineNumber + " has a bad tag: " + fields[0]);
                    }
                    tag |= digit;
                    mask |= 0xF;
                }
            }
            entries.add(new DictionaryEntry(tag, mask, fields[1], fields[5], fields[2], fields[3], fields[4].equals("R")));
        }
        return entries;
    }
}
