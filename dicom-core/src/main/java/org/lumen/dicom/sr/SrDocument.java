package org.lumen.dicom.sr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

/**
 * The modules every document here shares: Patient, General Study, SR Document Series (or Key Object
 * Document Series), General Equipment, SR Document General / Key Object Document, SOP Common.
 */
final class SrDocument {
    private SrDocument() {}

    static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");
    static final Code PERSON_OBSERVER_NAME = new Code("121008", "DCM", "Person Observer Name");

    static DataSet header(String sopClassUid, String modality, StudyHeader study, DocumentOrigin origin, String seriesDescription) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        study.writeTo(ds);
        ds.setString(Tag.SOPClassUID, VR.UI, sopClassUid);
        ds.setString(Tag.SOPInstanceUID, VR.UI, origin.sopInstanceUid());
        ds.setString(Tag.Modality, VR.CS, modality);
        ds.setString(Tag.SeriesInstanceUID, VR.UI, origin.seriesInstanceUid());
        ds.setInt(Tag.SeriesNumber, VR.IS, origin.seriesNumber());
        ds.setString(Tag.SeriesDescription, VR.LO, seriesDescription);
        ds.setSequence(SrTags.ReferencedPerformedProcedureStepSequence, List.of());
        ds.setString(Tag.Manufacturer, VR.LO, "Lumen");
        if (!origin.station().isEmpty()) {
            ds.setString(SrTags.StationName, VR.SH, origin.station());
        }
        ds.setInt(Tag.InstanceNumber, VR.IS, origin.instanceNumber());
        String date = origin.created().format(DA);
        String time = origin.created().format(TM);
        ds.setString(Tag.ContentDate, VR.DA, date);
        ds.setString(Tag.ContentTime, VR.TM, time);
        ds.setString(SrTags.InstanceCreationDate, VR.DA, date);
        ds.setString(SrTags.InstanceCreationTime, VR.TM, time);
        return ds;
    }

    /** The origin of a document: identity, series, author (from the root's observer context), station, content date/time. */
    static DocumentOrigin origin(DataSet ds, DataSet root) throws StructuredReportException {
        String sop = require(ds, Tag.SOPInstanceUID, "SOP Instance UID (0008,0018)");
        String series = require(ds, Tag.SeriesInstanceUID, "Series Instance UID (0020,000E)");
        String author = ContentItem.child(root, "PNAME", PERSON_OBSERVER_NAME)
                .flatMap(item -> item.getString(SrTags.PersonName)).orElse("");
        LocalDateTime created;
        try {
            created = LocalDateTime.of(LocalDate.parse(require(ds, Tag.ContentDate, "Content Date (0008,0023)"), DA),
                    parseTime(require(ds, Tag.ContentTime, "Content Time (0008,0033)")));
        } catch (DateTimeParseException e) {
            throw new StructuredReportException("bad Content Date/Time: " + e.getParsedString());
        }
        return new DocumentOrigin(sop, series, ds.getInt(Tag.SeriesNumber, 0), ds.getInt(Tag.InstanceNumber, 0),
                author, ds.getString(SrTags.StationName, ""), created);
    }

    private static LocalTime parseTime(String tm) {
        String digits = tm.contains(".") ? tm.substring(0, tm.indexOf('.')) : tm;
        String padded = (digits + "000000").substring(0, 6);
        return LocalTime.parse(padded, TM);
    }

    static String require(DataSet ds, int tag, String name) throws StructuredReportException {
        return ds.getString(tag).orElseThrow(() -> new StructuredReportException("no " + name));
    }

    static void requireSopClass(DataSet ds, String... accepted) throws StructuredReportException {
        String sopClass = require(ds, Tag.SOPClassUID, "SOP Class UID (0008,0016)");
        for (String a : accepted) {
            if (a.equals(sopClass)) {
                return;
            }
        }
        throw new StructuredReportException("SOP Class " + sopClass + " is not " + String.join(" or ", accepted));
    }

    /** The root content item: the data set itself, which must be a CONTAINER. */
    static Code rootTitle(DataSet ds) throws StructuredReportException {
        if (!"CONTAINER".equals(ContentItem.valueType(ds))) {
            throw new StructuredReportException("the root content item is not a CONTAINER");
        }
        return ContentItem.conceptName(ds)
                .orElseThrow(() -> new StructuredReportException("the root CONTAINER has no Concept Name Code Sequence"));
    }

    static void writeRoot(DataSet ds, Code title, String templateId, List<DataSet> children) {
        ds.setString(SrTags.ValueType, VR.CS, "CONTAINER");
        ds.setSequence(SrTags.ConceptNameCodeSequence, List.of(ContentItem.codeItem(title)));
        ds.setString(SrTags.ContinuityOfContent, VR.CS, "SEPARATE");
        DataSet template = new DataSet();
        template.setString(SrTags.MappingResource, VR.CS, "DCMR");
        template.setString(SrTags.TemplateIdentifier, VR.CS, templateId);
        ds.setSequence(SrTags.ContentTemplateSequence, List.of(template));
        ds.setSequence(SrTags.ContentSequence, children);
    }
}
