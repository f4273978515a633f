package org.lumen.dicom.sr;

/** Tags of the SR Document modules (PS3.6) that {@link org.lumen.dicom.Tag} does not name. */
final class SrTags {
    private SrTags() {}

    static final int InstanceCreationDate = 0x00080012;
    static final int InstanceCreationTime = 0x00080013;
    static final int CodeValue = 0x00080100;
    static final int CodingSchemeDesignator = 0x00080102;
    static final int CodeMeaning = 0x00080104;
    static final int MappingResource = 0x00080105;
    static final int StationName = 0x00081010;
    static final int ReferencedPerformedProcedureStepSequence = 0x00081111;
    static final int ReferencedSeriesSequence = 0x00081115;
    static final int ReferencedFrameNumber = 0x00081160;
    static final int ReferencedSOPSequence = 0x00081199;
    static final int MeasurementUnitsCodeSequence = 0x004008EA;
    static final int RelationshipType = 0x0040A010;
    static final int ValueType = 0x0040A040;
    static final int ConceptNameCodeSequence = 0x0040A043;
    static final int ContinuityOfContent = 0x0040A050;
    static final int DateTime = 0x0040A120;
    static final int PersonName = 0x0040A123;
    static final int UID = 0x0040A124;
    static final int TextValue = 0x0040A160;
    static final int ConceptCodeSequence = 0x0040A168;
    static final int MeasuredValueSequence = 0x0040A300;
    static final int NumericValue = 0x0040A30A;
    static final int PerformedProcedureCodeSequence = 0x0040A372;
    static final int CurrentRequestedProcedureEvidenceSequence = 0x0040A375;
    static final int CompletionFlag = 0x0040A491;
    static final int VerificationFlag = 0x0040A493;
    static final int ContentTemplateSequence = 0x0040A504;
    static final int ContentSequence = 0x0040A730;
    static final int TemplateIdentifier = 0x0040DB00;
    static final int GraphicData = 0x00700022;
    static final int GraphicType = 0x00700023;
}
