package org.lumen.dicom.sr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.VR;

/**
 * Turns a {@link MeasurementReport} into a Comprehensive SR data set following TID 1500 and back.
 * Each measurement is a TID 1410 group: tracking identifier and UID, a SCOORD "Image Region"
 * SELECTED FROM its IMAGE, and its NUM values. Reading also accepts a SCOORD under a NUM (INFERRED
 * FROM), as other viewers write it.
 */
public final class MeasurementReportCodec {
    public static final String COMPREHENSIVE_SR = "1.2.840.10008.5.1.4.1.1.88.33";
    public static final String ENHANCED_SR = "1.2.840.10008.5.1.4.1.1.88.22";

    static final Code REPORT = new Code("126000", "DCM", "Imaging Measurement Report");
    static final Code LANGUAGE = new Code("121049", "DCM", "Language of Content Item and Descendants");
    static final Code ENGLISH_US = new Code("en-US", "RFC5646", "English (United States)");
    static final Code PROCEDURE_REPORTED = new Code("121058", "DCM", "Procedure reported");
    static final Code IMAGING_PROCEDURE = new Code("363679005", "SCT", "Imaging procedure");
    static final Code IMAGE_LIBRARY = new Code("111028", "DCM", "Image Library");
    static final Code IMAGE_LIBRARY_GROUP = new Code("126200", "DCM", "Image Library Group");
    static final Code IMAGING_MEASUREMENTS = new Code("126010", "DCM", "Imaging Measurements");
    static final Code MEASUREMENT_GROUP = new Code("125007", "DCM", "Measurement Group");
    static final Code TRACKING_ID = new Code("112039", "DCM", "Tracking Identifier");
    static final Code TRACKING_UID = new Code("112040", "DCM", "Tracking Unique Identifier");
    static final Code IMAGE_REGION = new Code("111030", "DCM", "Image Region");

    private MeasurementReportCodec() {}

    public static DataSet write(MeasurementReport report) {
        DataSet ds = SrDocument.header(COMPREHENSIVE_SR, "SR", report.study(), report.origin(), "Measurements");
        ds.setString(SrTags.CompletionFlag, VR.CS, "COMPLETE");
        ds.setString(SrTags.VerificationFlag, VR.CS, "UNVERIFIED");
        ds.setSequence(SrTags.PerformedProcedureCodeSequence, List.of());
        Map<String, ImageRef> images = new LinkedHashMap<>();
        report.measurements().forEach(m -> images.putIfAbsent(m.image().sopInstanceUid(), m.image()));
        Evidence.write(ds, report.study().studyInstanceUid(), List.copyOf(images.values()));

        List<DataSet> children = new ArrayList<>();
        children.add(ContentItem.code("HAS CONCEPT MOD", LANGUAGE, ENGLISH_US));
        if (!report.origin().author().isEmpty()) {
            children.add(ContentItem.pname("HAS OBS CONTEXT", SrDocument.PERSON_OBSERVER_NAME, report.origin().author()));
        }
        children.add(ContentItem.code("HAS CONCEPT MOD", PROCEDURE_REPORTED, IMAGING_PROCEDURE));
        List<DataSet> library = images.values().stream().map(i -> ContentItem.image("CONTAINS", null, i)).toList();
        children.add(ContentItem.container("CONTAINS", IMAGE_LIBRARY,
                List.of(ContentItem.container("CONTAINS", IMAGE_LIBRARY_GROUP, library))));
        children.add(ContentItem.container("CONTAINS", IMAGING_MEASUREMENTS,
                report.measurements().stream().map(MeasurementReportCodec::group).toList()));
        SrDocument.writeRoot(ds, REPORT, "1500", children);
        return ds;
    }

    private static DataSet group(Measurement m) {
        List<DataSet> items = new ArrayList<>();
        items.add(ContentItem.text("HAS OBS CONTEXT", TRACKING_ID, m.label().isEmpty() ? m.graphicType().name() : m.label()));
        items.add(ContentItem.uidref("HAS OBS CONTEXT", TRACKING_UID, m.trackingUid()));
        DataSet scoord = ContentItem.item("CONTAINS", "SCOORD", IMAGE_REGION);
        scoord.setString(SrTags.GraphicType, VR.CS, m.graphicType().name());
        double[] data = new double[m.points().size() * 2];
        for (int i = 0; i < m.points().size(); i++) {
            data[2 * i] = m.points().get(i).column();
            data[2 * i + 1] = m.points().get(i).row();
        }
        scoord.setDouble(SrTags.GraphicData, VR.FL, data);
        scoord.setSequence(SrTags.ContentSequence, List.of(ContentItem.image("SELECTED FROM", null, m.image())));
        items.add(scoord);
        for (NumericValue v : m.values()) {
            items.add(ContentItem.num("CONTAINS", v.concept(), v.value(), v.unit()));
        }
        return ContentItem.container("CONTAINS", MEASUREMENT_GROUP, items);
    }

    public static MeasurementReport read(DataSet ds) throws StructuredReportException {
        SrDocument.requireSopClass(ds, COMPREHENSIVE_SR, ENHANCED_SR);
        if (!SrDocument.rootTitle(ds).sameConcept(REPORT)) {
            throw new StructuredReportException("the SR is not an Imaging Measurement Report (126000, DCM)");
        }
        Evidence evidence = Evidence.read(ds);
        DataSet measurementsItem = ContentItem.child(ds, "CONTAINER", IMAGING_MEASUREMENTS)
                .orElseThrow(() -> new StructuredReportException("no Imaging Measurements container"));
        List<Measurement> measurements = new ArrayList<>();
        for (DataSet group : ContentItem.children(measurementsItem, "CONTAINER", MEASUREMENT_GROUP)) {
            measurements.add(readGroup(group, evidence));
        }
        if (measurements.isEmpty()) {
            throw new StructuredReportException("the Imaging Measurements container has no measurement group");
        }
        return new MeasurementReport(StudyHeader.of(ds), SrDocument.origin(ds, ds), measurements);
    }

    private static Measurement readGroup(DataSet group, Evidence evidence) throws StructuredReportException {
        String label = ContentItem.child(group, "TEXT", TRACKING_ID).flatMap(i -> i.getString(SrTags.TextValue)).orElse("");
        String uid = ContentItem.child(group, "UIDREF", TRACKING_UID).flatMap(i -> i.getString(SrTags.UID))
                .orElseThrow(() -> new StructuredReportException("measurement group '" + label + "' has no Tracking Unique Identifier"));
        DataSet scoord = findScoord(group)
                .orElseThrow(() -> new StructuredReportException("measurement group '" + label + "' has no SCOORD"));
        GraphicType type;
        try {
            type = GraphicType.valueOf(scoord.getString(SrTags.GraphicType, ""));
        } catch (IllegalArgumentException e) {
            throw new StructuredReportException("measurement group '" + label + "': unknown Graphic Type '"
                    + scoord.getString(SrTags.GraphicType, "") + "'");
        }
        double[] data = scoord.getDoubles(SrTags.GraphicData);
        List<ImagePoint> points = new ArrayList<>();
        for (int i = 0; i + 1 < data.length; i += 2) {
            points.add(new ImagePoint((float) data[i], (float) data[i + 1]));
        }
        if (!type.accepts(points.size()) || data.length % 2 != 0) {
            throw new StructuredReportException("measurement group '" + label + "': " + type + " with "
                    + data.length + " graphic data values");
        }
        DataSet imageItem = scoord.getSequence(SrTags.ContentSequence).stream()
                .filter(c -> "IMAGE".equals(ContentItem.valueType(c))).findFirst()
                .orElseThrow(() -> new StructuredReportException("measurement group '" + label + "': the SCOORD is on no image"));
        ImageRef image = ContentItem.readImage(imageItem, evidence)
                .orElseThrow(() -> new StructuredReportException("measurement group '" + label + "': empty image reference"));
        List<NumericValue> values = new ArrayList<>();
        for (DataSet child : group.getSequence(SrTags.ContentSequence)) {
            if ("NUM".equals(ContentItem.valueType(child))) {
                readNum(child, label).ifPresent(values::add);
            }
        }
        return new Measurement(uid, label, image, type, points, values);
    }

    private static Optional<DataSet> findScoord(DataSet group) {
        for (DataSet child : group.getSequence(SrTags.ContentSequence)) {
            if ("SCOORD".equals(ContentItem.valueType(child))) {
                return Optional.of(child);
            }
        }
        for (DataSet child : group.getSequence(SrTags.ContentSequence)) {
            if ("NUM".equals(ContentItem.valueType(child))) {
                for (DataSet grandChild : child.getSequence(SrTags.ContentSequence)) {
                    if ("SCOORD".equals(ContentItem.valueType(grandChild))) {
                        return Optional.of(grandChild);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<NumericValue> readNum(DataSet num, String label) throws StructuredReportException {
        Code concept = ContentItem.conceptName(num)
                .orElseThrow(() -> new StructuredReportException("measurement group '" + label + "': a NUM without a concept name"));
        Optional<DataSet> measured = num.getItem(SrTags.MeasuredValueSequence, 0);
        if (measured.isEmpty()) {
            return Optional.empty(); // a NUM may be left empty (with a Numeric Value Qualifier)
        }
        double value = measured.get().getDouble(SrTags.NumericValue).orElseThrow(() -> new StructuredReportException(
                "measurement group '" + label + "': " + concept.meaning() + " has no Numeric Value"));
        Code unit = measured.get().getItem(SrTags.MeasurementUnitsCodeSequence, 0).flatMap(ContentItem::readCode)
                .orElseThrow(() -> new StructuredReportException(
                        "measurement group '" + label + "': " + concept.meaning() + " has no unit"));
        return Optional.of(new NumericValue(concept, value, unit));
    }
}
