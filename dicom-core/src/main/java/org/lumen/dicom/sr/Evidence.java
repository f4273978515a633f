package org.lumen.dicom.sr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

/**
 * The Current Requested Procedure Evidence Sequence (0040,A375): every instance a document refers to,
 * grouped by series. SR content items name only the SOP instance; the series comes from here.
 */
final class Evidence {
    private final Map<String, String> seriesByInstance;

    private Evidence(Map<String, String> seriesByInstance) {
        this.seriesByInstance = seriesByInstance;
    }

    static void write(DataSet ds, String studyInstanceUid, List<ImageRef> images) {
        Map<String, List<ImageRef>> bySeries = new LinkedHashMap<>();
        Map<String, ImageRef> seen = new LinkedHashMap<>();
        for (ImageRef image : images) {
            if (seen.putIfAbsent(image.sopInstanceUid(), image) == null) {
                bySeries.computeIfAbsent(image.seriesInstanceUid(), s -> new ArrayList<>()).add(image);
            }
        }
        List<DataSet> seriesItems = new ArrayList<>();
        for (Map.Entry<String, List<ImageRef>> series : bySeries.entrySet()) {
            DataSet seriesItem = new DataSet();
            seriesItem.setString(Tag.SeriesInstanceUID, VR.UI, series.getKey());
            List<DataSet> sops = new ArrayList<>();
            for (ImageRef image : series.getValue()) {
                DataSet sop = new DataSet();
                sop.setString(Tag.ReferencedSOPClassUID, VR.UI, image.sopClassUid());
                sop.setString(Tag.ReferencedSOPInstanceUID, VR.UI, image.sopInstanceUid());
                sops.add(sop);
            }
            seriesItem.setSequence(SrTags.ReferencedSOPSequence, sops);
            seriesItems.add(seriesItem);
        }
        DataSet studyItem = new DataSet();
        studyItem.setString(Tag.StudyInstanceUID, VR.UI, studyInstanceUid);
        studyItem.setSequence(SrTags.ReferencedSeriesSequence, seriesItems);
        ds.setSequence(SrTags.CurrentRequestedProcedureEvidenceSequence, List.of(studyItem));
    }

    static Evidence read(DataSet ds) {
        Map<String, String> map = new HashMap<>();
        for (DataSet study : ds.getSequence(SrTags.CurrentRequestedProcedureEvidenceSequence)) {
            for (DataSet series : study.getSequence(SrTags.ReferencedSeriesSequence)) {
                String seriesUid = series.getString(Tag.SeriesInstanceUID, "");
                for (DataSet sop : series.getSequence(SrTags.ReferencedSOPSequence)) {
                    sop.getString(Tag.ReferencedSOPInstanceUID).ifPresent(uid -> map.put(uid, seriesUid));
                }
            }
        }
        return new Evidence(map);
    }

    String seriesOf(String sopInstanceUid) throws StructuredReportException {
        String series = seriesByInstance.get(sopInstanceUid);
        if (series == null || series.isEmpty()) {
            throw new StructuredReportException("image " + sopInstanceUid
                    + " is not in the Current Requested Procedure Evidence Sequence");
        }
        return series;
    }
}
