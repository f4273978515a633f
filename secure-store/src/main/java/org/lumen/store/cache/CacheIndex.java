package org.lumen.store.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory index: entry file name to {@link IndexRecord} in least-recently-used order (an
 * insertion-ordered map; a use moves a record to the end), the
 * pinned studies and the total size. Not thread-safe: {@link EncryptedCache} guards it with its lock.
 */
final class CacheIndex {
    private static final int VERSION = 1;
    private final LinkedHashMap<String, IndexRecord> records = new LinkedHashMap<>(256);
    private final Set<StudyRef> pinned = new HashSet<>();
    private long totalBytes;

    /** The record of {@code name}, marked as most recently used with time {@code now}. */
    IndexRecord touch(String name, long now) {
        IndexRecord r = records.get(name);
        if (r == null) {
            return null;
        }
        IndexRecord touched = new IndexRecord(r.key(), r.labels(), r.sizeBytes(), Math.max(now, r.lastAccessMillis()));
        records.remove(name);
        records.put(name, touched);
        return touched;
    }

    boolean contains(String name) {
        return records.containsKey(name);
    }

    void put(String name, IndexRecord record) {
        IndexRecord old = records.remove(name);
        if (old != null) {
            totalBytes -= old.sizeBytes();
        }
        records.put(name, record);
        totalBytes += record.sizeBytes();
    }

    boolean remove(String name) {
        IndexRecord old = records.remove(name);
        if (old != null) {
            totalBytes -= old.sizeBytes();
        }
        return old != null;
    }

    /** Corrects the size of {@code name} (its file was replaced after the index was saved). */
    void resize(String name, long sizeBytes) {
        IndexRecord r = records.get(name);
        if (r != null && r.sizeBytes() != sizeBytes) {
            totalBytes += sizeBytes - r.sizeBytes();
            records.replace(name, new IndexRecord(r.key(), r.labels(), sizeBytes, r.lastAccessMillis()));
        }
    }

    /** Drops the records whose name is not in {@code names}. */
    void retainOnly(Set<String> names) {
        new ArrayList<>(records.keySet()).stream().filter(n -> !names.contains(n)).forEach(this::remove);
    }

    /**
     * Removes least recently used unpinned entries until the total is at most {@code cap}; returns their names. A
     * {@code metadata} entry is not removed while the cache holds its instance (a streamed series' plan, ADR 0016 of
     * the viewer, must not lose a slice it holds: offline it would then look complete); it goes once the instance has.
     */
    List<String> evictTo(long cap) {
        List<String> evicted = new ArrayList<>();
        Set<EntryKey> instances = null; // the instances held, listed at the first metadata entry met
        Iterator<Map.Entry<String, IndexRecord>> it = records.entrySet().iterator();
        while (totalBytes > cap && it.hasNext()) {
            Map.Entry<String, IndexRecord> e = it.next();
            EntryKey key = e.getValue().key();
            if (pinned.contains(key.study())) {
                continue;
            }
            if (key.part().equals("metadata")) {
                if (instances == null) {
                    instances = new HashSet<>();
                    for (IndexRecord r : records.values()) {
                        if (r.key().part().equals(EntryKey.INSTANCE)) {
                            instances.add(r.key());
                        }
                    }
                }
                if (instances.contains(EntryKey.instance(key.serverId(), key.studyUid(), key.seriesUid(), key.instanceUid()))) {
                    continue;
                }
            }
            it.remove();
            totalBytes -= e.getValue().sizeBytes();
            evicted.add(e.getKey());
            if (instances != null) {
                instances.remove(key);
            }
        }
        return evicted;
    }

    /** The names of the entries of {@code study}. */
    List<String> namesOf(StudyRef study) {
        List<String> names = new ArrayList<>();
        records.forEach((name, r) -> {
            if (r.key().study().equals(study)) {
                names.add(name);
            }
        });
        return names;
    }

    boolean pin(StudyRef study) {
        return pinned.add(study);
    }

    boolean unpin(StudyRef study) {
        return pinned.remove(study);
    }

    Set<StudyRef> pinned() {
        return Set.copyOf(pinned);
    }

    /** Records from least to most recently used (a view: copy before unlocking). */
    Collection<IndexRecord> records() {
        return records.values();
    }

    Set<String> names() {
        return records.keySet();
    }

    long totalBytes() {
        return totalBytes;
    }

    int size() {
        return records.size();
    }

    void clear() {
        records.clear();
        pinned.clear();
        totalBytes = 0;
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + records.size() * 200);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(pinned.size());
            for (StudyRef s : pinned) {
                out.writeUTF(s.serverId());
                out.writeUTF(s.studyUid());
            }
            out.writeInt(records.size());
            for (Map.Entry<String, IndexRecord> e : records.entrySet()) {
                IndexRecord r = e.getValue();
                out.writeUTF(e.getKey());
                EntryKey k = r.key();
                for (String f : new String[] {k.serverId(), k.studyUid(), k.seriesUid(), k.instanceUid(), k.part()}) {
                    out.writeUTF(f);
                }
                for (String f : r.labels().fields()) {
                    out.writeUTF(f);
                }
                out.writeLong(r.sizeBytes());
                out.writeLong(r.lastAccessMillis());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Decodes {@link #encode()}'s output; any inconsistency is an {@link IOException} (then the index is rebuilt). */
    static CacheIndex decode(byte[] bytes) throws IOException {
        CacheIndex index = new CacheIndex();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("index version " + version + " is not supported");
            }
            int pins = in.readInt();
            if (pins < 0 || pins > bytes.length) {
                throw new IOException("index claims " + pins + " pinned studies");
            }
            for (int i = 0; i < pins; i++) {
                index.pin(new StudyRef(in.readUTF(), in.readUTF()));
            }
            int count = in.readInt();
            if (count < 0 || count > bytes.length) {
                throw new IOException("index claims " + count + " entries");
            }
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                EntryKey key = new EntryKey(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF());
                String[] labels = new String[6];
                for (int j = 0; j < labels.length; j++) {
                    labels[j] = in.readUTF();
                }
                index.put(name, new IndexRecord(key, EntryLabels.of(labels), in.readLong(), in.readLong()));
            }
            if (in.read() != -1) {
                throw new IOException("index has bytes after its last entry");
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("index holds an invalid value: " + e.getMessage(), e);
        }
        return index;
    }
}
