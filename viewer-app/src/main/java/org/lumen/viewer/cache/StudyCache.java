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
import org.lumen.store.audit.ChainVerification;
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
    private static final String AUDIT_FILE = "audit.lumen";
    private static final String CAP_FILE = "cap.txt";
    private final EncryptedCache cache;
    private final AuditLog audit;
    private final Path folder;
    private final StoreKeys keys;

    private StudyCache(Path folder, EncryptedCache cache, AuditLog audit, StoreKeys keys) {
        this.folder = folder;
        this.cache = cache;
        this.audit = audit;
        this.keys = keys;
    }

    /** Opens (or creates) the cache in {@code folder} under {@code keys}; a wrong key is a typed error and loses nothing. */
    public static StudyCache open(Path folder, StoreKeys keys, long capBytes) throws IOException {
        Files.createDirectories(folder);
        long cap = savedCap(folder).orElse(capBytes);
        EncryptedCache cache = EncryptedCache.builder(folder.resolve("cache"), keys).capBytes(cap).open();
        AuditLog audit = AuditLog.open(folder.resolve(AUDIT_FILE), keys, Clock.systemUTC());
        return new StudyCache(folder, cache, audit, keys);
    }

    /** Sets the size cap, evicting at once if above it; kept for the next start (in {@code cap.txt}). */
    public void setCapBytes(long capBytes) throws IOException {
        cache.setCapBytes(capBytes);
        Files.writeString(folder.resolve(CAP_FILE), Long.toString(capBytes));
    }

    /** Audit logs found broken on opening and set aside as evidence ({@code audit.lumen.broken-<ms>}), oldest first. */
    public List<Path> setAsideAuditLogs() throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(AUDIT_FILE) + "\\.broken-\\d+"))
                    .sorted().toList();
        }
    }

    /** Verifies a set-aside audit log (read only). */
    public ChainVerification verifyAuditLog(Path file) throws IOException {
        return AuditLog.verifyFile(file, keys);
    }

    private static Optional<Long> savedCap(Path folder) {
        try {
            return Optional.of(Long.parseLong(Files.readString(folder.resolve(CAP_FILE)).trim())).filter(c -> c >= 0);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
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
        cache.put(key(serverId, header, "instance", "a retrieved instance"), labels(header), part10);
    }

    /** How many instances of the series the cache holds (entries not yet checked). */
    public int count(String serverId, String studyUid, String seriesUid) {
        return instanceKeys(serverId, studyUid, seriesUid).size();
    }

    /**
     * The cached instances of a series, decrypted into memory on the cache's reader threads
     * ({@link EncryptedCache#getAll}); entries that fail their integrity check are dropped (and then
     * missing from the list).
     */
    public List<byte[]> instances(String serverId, String studyUid, String seriesUid) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Optional<byte[]> content : cache.getAll(instanceKeys(serverId, studyUid, seriesUid))) {
            content.ifPresent(out::add);
        }
        return out;
    }

    /**
     * Keeps the metadata of one instance of a series being streamed (entry part {@code metadata}: a Part 10 header
     * without pixel data), so that the series' whole plan is known when only some of its instances are cached
     * (priors-stream, {@link CachedPlans}).
     */
    public void keepMetadata(String serverId, DataSet header, byte[] part10) throws IOException {
        cache.put(key(serverId, header, "metadata", "instance metadata"), labels(header), part10);
    }

    private static EntryKey key(String serverId, DataSet header, String part, String what) throws IOException {
        String study = header.getString(Tag.StudyInstanceUID, "");
        String series = header.getString(Tag.SeriesInstanceUID, "");
        String instance = header.getString(Tag.SOPInstanceUID, "");
        if (study.isEmpty() || series.isEmpty() || instance.isEmpty()) {
            throw new IOException(what + " lacks its study, series or SOP instance UID; not cached");
        }
        return new EntryKey(serverId, study, series, instance, part);
    }

    /** How many instances of the series the cache holds the metadata of. */
    public int metadataCount(String serverId, String studyUid, String seriesUid) {
        return keys(serverId, studyUid, seriesUid, "metadata").size();
    }

    /** The instance metadata kept for a series ({@link #keepMetadata}); entries failing their checks are left out. */
    public List<byte[]> metadata(String serverId, String studyUid, String seriesUid) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (EntryKey key : keys(serverId, studyUid, seriesUid, "metadata")) {
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
        return keys(serverId, studyUid, seriesUid, EntryKey.INSTANCE);
    }

    private List<EntryKey> keys(String serverId, String studyUid, String seriesUid, String part) {
        return cache.entries(new StudyRef(serverId, studyUid), seriesUid, part);
    }

    private static EntryLabels labels(DataSet header) {
        return new EntryLabels(text(header, Tag.PatientName), text(header, Tag.PatientID),
                text(header, Tag.StudyDate), text(header, Tag.StudyDescription), text(header, Tag.SeriesDescription),
                text(header, Tag.Modality));
    }

    private static String text(DataSet header, int tag) {
        String value = header.getString(tag).orElse("");
        return value.length() > 1024 ? value.substring(0, 1024) : value;
    }
}
