package org.lumen.viewer.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicom.sr.KeyObjectCodec;
import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.MeasurementReport;
import org.lumen.dicom.sr.MeasurementReportCodec;
import org.lumen.dicom.sr.StructuredReportException;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.StoreOutcome;
import org.lumen.dicomweb.StoreResult;

/** Saves key images and measurements of a study to its DICOMweb server and reads them back. Blocking. */
public final class AnnotationArchive {
    private final DicomWebClient client;

    public AnnotationArchive(DicomWebClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Stores the documents given (at least one) in one STOW-RS request. The Part 10 files live in a
     * private temporary folder only for the request.
     *
     * @throws ArchiveSaveException when the request fails or the server keeps not all of them
     */
    public void save(Optional<KeyObjectSelection> keyObjects, Optional<MeasurementReport> report) throws ArchiveSaveException {
        List<DataSet> documents = new ArrayList<>();
        keyObjects.map(KeyObjectCodec::write).ifPresent(documents::add);
        report.map(MeasurementReportCodec::write).ifPresent(documents::add);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to save");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("lumen-stow");
            List<Path> files = new ArrayList<>();
            for (DataSet document : documents) {
                Path file = folder.resolve(files.size() + ".dcm");
                Part10Writer.write(DicomFile.of(document, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
                files.add(file);
            }
            StoreResult result = client.store(files);
            if (!result.allStored()) {
                List<String> refused = result.failures().stream().map(StoreOutcome::sopInstanceUid).toList();
                throw new ArchiveSaveException("the server (HTTP " + result.httpStatus() + ") kept "
                        + (result.sent() - refused.size()) + " of " + result.sent() + " documents; refused: " + refused, refused);
            }
        } catch (ArchiveSaveException e) {
            throw e;
        } catch (IOException e) {
            throw new ArchiveSaveException("saving to " + client.server().name() + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The key object selections and measurement reports stored in a study (none when it has none). */
    public ArchivedAnnotations load(String studyUid) throws IOException {
        List<KeyObjectSelection> keyObjects = new ArrayList<>();
        List<MeasurementReport> reports = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String modality : List.of("KO", "SR")) {
            List<DataSet> series = client.search(QidoQuery.seriesOfStudy(studyUid).match(Tag.Modality, modality).build());
            for (DataSet s : series) {
                Optional<String> seriesUid = s.getString(Tag.SeriesInstanceUID);
                if (seriesUid.isEmpty()) {
                    continue;
                }
                client.retrieveSeries(studyUid, seriesUid.get(), instance -> {
                    DataSet ds = Part10Reader.read(instance.body(), ReadOptions.DEFAULT).dataSet();
                    String uid = ds.getString(Tag.SOPInstanceUID, "?");
                    try {
                        if (UID.KeyObjectSelectionDocumentStorage.equals(ds.getString(Tag.SOPClassUID, ""))) {
                            keyObjects.add(KeyObjectCodec.read(ds));
                        } else {
                            reports.add(MeasurementReportCodec.read(ds));
                        }
                    } catch (StructuredReportException e) {
                        unreadable.add(modality + " " + uid + ": " + e.getMessage());
                    }
                });
            }
        }
        keyObjects.sort(java.util.Comparator.comparing(k -> k.origin().created()));
        reports.sort(java.util.Comparator.comparing(r -> r.origin().created()));
        return new ArchivedAnnotations(keyObjects, reports, unreadable);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
