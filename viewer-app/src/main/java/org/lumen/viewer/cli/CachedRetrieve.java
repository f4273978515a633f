package org.lumen.viewer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
 * One {@code lumen web retrieve} run's use of the encrypted cache: keeps each retrieved instance
 * (part {@code instance}, with its display fields), writes a cached study out when offline, and
 * appends the access to the audit log in the same directory. Without {@code --cache} it does nothing.
 */
final class CachedRetrieve implements AutoCloseable {
    private final Optional<EncryptedCache> cache;
    private final Optional<AuditLog> audit;
    private final String serverId;

    private CachedRetrieve(Optional<EncryptedCache> cache, Optional<AuditLog> audit, String serverId) {
        this.cache = cache;
        this.audit = audit;
        this.serverId = serverId;
    }

    static CachedRetrieve none() {
        return new CachedRetrieve(Optional.empty(), Optional.empty(), "none");
    }

    static CachedRetrieve open(Path dir, StoreKeys keys, String serverId) throws IOException {
        EncryptedCache cache = EncryptedCache.builder(dir.resolve("cache"), keys).open();
        AuditLog audit = AuditLog.open(dir.resolve("audit.lumen"), keys, Clock.systemUTC());
        return new CachedRetrieve(Optional.of(cache), Optional.of(audit), serverId);
    }

    /** Keeps a retrieved instance (its Part 10 file and header). */
    void keep(Path part10, DataSet header, String instanceUid) throws IOException {
        if (cache.isEmpty()) {
            return;
        }
        String study = header.getString(Tag.StudyInstanceUID).orElseThrow(() -> missing("Study Instance UID", instanceUid));
        String series = header.getString(Tag.SeriesInstanceUID).orElseThrow(() -> missing("Series Instance UID", instanceUid));
        EntryLabels labels = new EntryLabels(text(header, Tag.PatientName), text(header, Tag.PatientID),
                text(header, Tag.StudyDate), text(header, Tag.StudyDescription), text(header, Tag.SeriesDescription),
                text(header, Tag.Modality));
        cache.get().put(EntryKey.instance(serverId, study, series, instanceUid), labels, Files.readAllBytes(part10));
    }

    /** Records the access in the audit log. */
    void audit(String study, AuditAction action) throws IOException {
        if (audit.isPresent()) {
            String patient = cache.get().studies().stream().filter(s -> s.study().equals(new StudyRef(serverId, study)))
                    .map(s -> s.labels().patientId()).findFirst().orElse("");
            audit.get().append(AuditEvent.byCurrentUser(serverId, study, patient, action));
        }
    }

    /** Writes the cached instances of a study (or one series) as {@code out/<uid>.dcm}; returns their sizes. */
    List<Long> writeOffline(String study, Optional<String> series, Path out) throws IOException {
        EncryptedCache c = cache.orElseThrow();
        List<EntryKey> keys = c.entries(new StudyRef(serverId, study)).stream()
                .filter(k -> k.part().equals("instance") && series.map(k.seriesUid()::equals).orElse(true)).toList();
        if (keys.isEmpty()) {
            throw new CommandFailure(LumenCommand.FAILURE, "study " + study + series.map(s -> " series " + s).orElse("")
                    + " from " + serverId + " is not in the cache");
        }
        Files.createDirectories(out);
        List<Long> sizes = new java.util.ArrayList<>();
        for (EntryKey key : keys) {
            byte[] content = c.get(key).orElseThrow(() -> new CommandFailure(LumenCommand.FAILURE, "cached instance "
                    + key.instanceUid() + " failed its integrity check and was dropped; retrieve the study again online"));
            Path temp = Files.createTempFile(out, ".retrieve", ".part");
            try {
                Files.write(temp, content);
                Files.move(temp, out.resolve(key.instanceUid() + ".dcm"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            sizes.add((long) content.length);
        }
        return sizes;
    }

    @Override
    public void close() throws IOException {
        if (cache.isPresent()) {
            cache.get().close();
        }
    }

    private static String text(DataSet header, int tag) {
        String value = header.getString(tag).orElse("");
        return value.length() > 1024 ? value.substring(0, 1024) : value;
    }

    private static CommandFailure missing(String what, String instanceUid) {
        return new CommandFailure(LumenCommand.FAILURE, "instance " + instanceUid + " has no " + what);
    }
}
