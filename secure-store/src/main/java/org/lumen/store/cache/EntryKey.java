package org.lumen.store.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * What a cache entry holds: one part of one instance of one study on one server.
 *
 * @param serverId the configured server's id
 * @param studyUid Study Instance UID
 * @param seriesUid Series Instance UID
 * @param instanceUid SOP Instance UID
 * @param part {@code "instance"} (the whole Part 10 file), {@code "metadata"}, {@code "thumbnail"} or
 *        {@code "frame/<n>"} with n from 1
 */
public record EntryKey(String serverId, String studyUid, String seriesUid, String instanceUid, String part) {
    static final int MAX_FIELD = 256;
    /** The part of a whole instance (its Part 10 file). */
    public static final String INSTANCE = "instance";

    public EntryKey {
        requireField("serverId", serverId);
        requireField("studyUid", studyUid);
        requireField("seriesUid", seriesUid);
        requireField("instanceUid", instanceUid);
        requireField("part", part);
        if (!part.equals("instance") && !part.equals("metadata") && !part.equals("thumbnail")
                && !part.matches("frame/[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("part must be instance, metadata, thumbnail or frame/<n> (n >= 1), not " + part);
        }
    }

    /** Frame {@code frame} (from 1) of an instance. */
    public static EntryKey frame(String serverId, String studyUid, String seriesUid, String instanceUid, int frame) {
        if (frame < 1) {
            throw new IllegalArgumentException("frames are numbered from 1, not " + frame);
        }
        return new EntryKey(serverId, studyUid, seriesUid, instanceUid, "frame/" + frame);
    }

    /** A whole instance (its Part 10 file). */
    public static EntryKey instance(String serverId, String studyUid, String seriesUid, String instanceUid) {
        return new EntryKey(serverId, studyUid, seriesUid, instanceUid, INSTANCE);
    }

    /** The metadata (DICOM JSON or header) of an instance. */
    public static EntryKey metadata(String serverId, String studyUid, String seriesUid, String instanceUid) {
        return new EntryKey(serverId, studyUid, seriesUid, instanceUid, "metadata");
    }

    /** The thumbnail of an instance. */
    public static EntryKey thumbnail(String serverId, String studyUid, String seriesUid, String instanceUid) {
        return new EntryKey(serverId, studyUid, seriesUid, instanceUid, "thumbnail");
    }

    /** The study this entry belongs to (the unit of pinning). */
    public StudyRef study() {
        return new StudyRef(serverId, studyUid);
    }

    /** An unambiguous byte encoding (length-prefixed fields): the input of names and associated data. */
    byte[] canonical() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String field : new String[] {serverId, studyUid, seriesUid, instanceUid, part}) {
                out.writeUTF(field);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void requireField(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.length() > MAX_FIELD) {
            throw new IllegalArgumentException(name + " must have 1 to " + MAX_FIELD + " characters");
        }
    }
}
