package org.lumen.viewer.cache;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.store.audit.AuditAction;
import org.lumen.store.audit.AuditEvent;
import org.lumen.store.audit.AuditLog;
import org.lumen.store.cache.EncryptedCache;
import org.lumen.store.cache.EntryKey;
import org.lumen.store.cache.EntryLabels;
import org.lumen.store.cache.StudyRef;
import org.lumen.store.crypto.StoreKeys;

/**
 * The workstation's encrypted cache of retrieved studies and its audit log, in one folder
 * ({@code cache/} and {@code audit.lumen}), under keys derived from one master key (from the OS
 * credential store or the passphrase-protected secrets file, see {@link StudyCaches}). Instances are
 * kept whole (entry part {@code instance}) with the labels the cache panel and offline search show.
 * An entry that fails its integrity check is dropped by the cache and counts as missing, so the
 * series is fetched again. Thread-safe (the cache and the log are).
 */
public final class StudyCache implements Closeable {
    private final EncryptedCache cache;
    private final AuditLog audit;
    private final Path folder;

    private StudyCache(Path folder, EncryptedCache cache, AuditLog audit) {
        this.folder = folder;
        this.cache = cache;
        this.audit = audit;
    }

    /** Opens (or creates) the cache in {@code folder} under {@code keys}; a wrong key is a typed error and loses nothing. */
    public static StudyCache open(Path folder, StoreKeys keys, long capBytes) throws IOException {
        Files.createDirectories(folder);
        EncryptedCache cache = EncryptedCache.builder(folder.resolve("cache"), keys).capBytes(capBytes).open();
        AuditLog audit = AuditLog.open(folder.resolve("audit.lumen"), keys, Clock.systemUTC());
        return new StudyCache(folder, cache, audit);
    }

    /** A cache under a random key that lives as long as this process (tests; nothing survives a restart). */
    public static StudyCache session(Path folder) throws IOException {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        return open(folder, StoreKeys.fromMasterKey(master), 2L << 30);
    }

    public Path folder() {
        return folder;
    }

    /** Keeps one retrieved instance; its header gives the labels shown by the cache panel. */
    public void keep(String serverId, DataSet header, byte[] part10) throws IOException {
        String study = header.getString(Tag.StudyInstanceUID, "");
        String series = header.getString(Tag.SeriesInstanceUID, "");
        String instance = header.getString(Tag.SOPInstanceUID, "");
        if (study.isEmpty() || series.isEmpty() || instance.isEmpty()) {
            throw new IOException("a retrieved instance lacks its study, series or SOP instance UID; not cached");
        }
        EntryLabels labels = new EntryLabels(text(header, Tag.PatientName), text(header, Tag.PatientID),
                text(header, Tag.StudyDate), text(header, Tag.StudyDescription), text(header, Tag.SeriesDescription),
                text(header, Tag.Modality));
        cache.put(EntryKey.instance(serverId, study, series, instance), labels, part10);
    }

    /** How many instances of the series the cache holds (entries not yet checked). */
    public int count(String serverId, String studyUid, String seriesUid) {
        return (int) instanceKeys(serverId, studyUid, seriesUid).size();
    }

    /**
     * The cached instances of a series, decrypted into memory; entries that fail their integrity
     * check are dropped (and then missing from the list).
     */
    public List<byte[]> instances(String serverId, String studyUid, String seriesUid) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (EntryKey key : instanceKeys(serverId, studyUid, seriesUid)) {
            cache.get(key).ifPresent(out::add);
        }
        return out;
    }

    /** How many instances of each series of a study the cache holds, by series UID. */
    public Map<String, Integer> seriesCounts(String serverId, String studyUid) {
        Map<String, Integer> counts = new TreeMap<>();
        cache.entries(new StudyRef(serverId, studyUid)).stream().filter(k -> k.part().equals("instance"))
                .collect(Collectors.groupingBy(EntryKey::seriesUid, Collectors.counting()))
                .forEach((uid, n) -> counts.put(uid, n.intValue()));
        return counts;
    }

    /** The first cached instance of a series that passes its integrity check, if any. */
    public Optional<byte[]> firstInstance(String serverId, String studyUid, String seriesUid) throws IOException {
        for (EntryKey key : instanceKeys(serverId, studyUid, seriesUid)) {
            Optional<byte[]> content = cache.get(key);
            if (content.isPresent()) {
                return content;
            }
        }
        return Optional.empty();
    }

    /** Records that the current user did {@code action} on a study of a server. */
    public void audit(String serverId, String studyUid, String patientId, AuditAction action) throws IOException {
        audit.append(AuditEvent.byCurrentUser(serverId, studyUid, patientId, action));
    }

    public EncryptedCache entries() {
        return cache;
    }

    public AuditLog auditLog() {
        return audit;
    }

    @Override
    public void close() throws IOException {
        cache.close();
    }

    private List<EntryKey> instanceKeys(String serverId, String studyUid, String seriesUid) {
        return cache.entries(new StudyRef(serverId, studyUid)).stream()
                .filter(k -> k.part().equals("instance") && k.seriesUid().equals(seriesUid)).toList();
    }

    private static String text(DataSet header, int tag) {
        String value = header.getString(tag).orElse("");
        return value.length() > 1024 ? value.substring(0, 1024) : value;
    }
}
