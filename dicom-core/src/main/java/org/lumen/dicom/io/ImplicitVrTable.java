package org.lumen.dicom.io;

import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.dict.ElementDictionary;

/**
 * The value representations of implicit VR data: a fast table for group lengths, the file meta group,
 * the DICOMDIR directory attributes, identifying and image pixel attributes, the pixel data and its
 * relatives (OW in implicit VR); everything else from the data dictionary
 * ({@link ElementDictionary#vrOf}), and {@link VR#UN} for tags it does not know (their bytes kept;
 * values that start with an item tag are read as sequences).
 */
final class ImplicitVrTable {
    private ImplicitVrTable() {}

    static VR lookup(int tag) {
        if (Tag.isGroupLength(tag)) {
            return VR.UL;
        }
        if (Tag.isPrivateCreator(tag)) {
            return VR.LO;
        }
        if ((tag >>> 24) == 0x60) {
            return overlay(tag);
        }
        return switch (tag) {
            case Tag.FileMetaInformationVersion -> VR.OB;
            case Tag.MediaStorageSOPClassUID, Tag.MediaStorageSOPInstanceUID, Tag.TransferSyntaxUID,
                    Tag.ImplementationClassUID, Tag.SOPClassUID, Tag.SOPInstanceUID, Tag.StudyInstanceUID,
                    Tag.SeriesInstanceUID, Tag.FrameOfReferenceUID, Tag.ReferencedSOPClassUID,
                    Tag.ReferencedSOPInstanceUID, Tag.ReferencedSOPClassUIDInFile,
                    Tag.ReferencedSOPInstanceUIDInFile, Tag.ReferencedTransferSyntaxUIDInFile,
                    Tag.PaletteColorLookupTableUID -> VR.UI;
            case Tag.ImplementationVersionName, Tag.AccessionNumber, Tag.StationName, Tag.StudyID -> VR.SH;
            case Tag.SourceApplicationEntityTitle -> VR.AE;
            case Tag.FileSetID, Tag.DirectoryRecordType, Tag.ReferencedFileID, Tag.SpecificCharacterSet,
                    Tag.ImageType, Tag.Modality, Tag.ModalitiesInStudy, Tag.PatientSex, Tag.BodyPartExamined,
                    Tag.PatientPosition, Tag.PhotometricInterpretation, Tag.RescaleType, Tag.VOILUTFunction,
                    Tag.PresentationLUTShape, Tag.LossyImageCompression, Tag.LossyImageCompressionMethod,
                    Tag.QueryRetrieveLevel, Tag.InstanceAvailability, Tag.ModalityLUTType -> VR.CS;
            case Tag.OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity,
                    Tag.OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity, Tag.OffsetOfTheNextDirectoryRecord,
                    Tag.OffsetOfReferencedLowerLevelDirectoryEntity -> VR.UL;
            case Tag.FileSetConsistencyFlag, Tag.RecordInUseFlag, Tag.SamplesPerPixel, Tag.PlanarConfiguration,
                    Tag.Rows, Tag.Columns, Tag.BitsAllocated, Tag.BitsStored, Tag.HighBit, Tag.PixelRepresentation,
                    Tag.SmallestImagePixelValue, Tag.LargestImagePixelValue, Tag.PixelPaddingValue,
                    Tag.PixelPaddingRangeLimit, Tag.RedPaletteColorLookupTableDescriptor,
                    Tag.GreenPaletteColorLookupTableDescriptor, Tag.BluePaletteColorLookupTableDescriptor,
                    Tag.LUTDescriptor -> VR.US;
            case Tag.DirectoryRecordSequence, Tag.ModalityLUTSequence, Tag.VOILUTSequence,
                    Tag.PresentationLUTSequence, Tag.SharedFunctionalGroupsSequence,
                    Tag.PerFrameFunctionalGroupsSequence, Tag.PixelMeasuresSequence, Tag.PlanePositionSequence,
                    Tag.PlaneOrientationSequence, Tag.FrameContentSequence, Tag.PixelValueTransformationSequence,
                    Tag.FrameVOILUTSequence -> VR.SQ;
            case Tag.StudyDate, Tag.SeriesDate, Tag.AcquisitionDate, Tag.ContentDate, Tag.PatientBirthDate -> VR.DA;
            case Tag.StudyTime, Tag.SeriesTime, Tag.AcquisitionTime, Tag.ContentTime -> VR.TM;
            case Tag.PatientName, Tag.ReferringPhysicianName -> VR.PN;
            case Tag.PatientID, Tag.IssuerOfPatientID, Tag.Manufacturer, Tag.InstitutionName,
                    Tag.StudyDescription, Tag.SeriesDescription, Tag.ManufacturerModelName, Tag.OtherPatientIDs,
                    Tag.LUTExplanation, Tag.WindowCenterWidthExplanation -> VR.LO;
            case Tag.PatientAge -> VR.AS;
            case Tag.SeriesNumber, Tag.AcquisitionNumber, Tag.InstanceNumber, Tag.NumberOfFrames,
                    Tag.NumberOfStudyRelatedSeries, Tag.NumberOfStudyRelatedInstances,
                    Tag.NumberOfSeriesRelatedInstances -> VR.IS;
            case Tag.SliceThickness, Tag.SpacingBetweenSlices, Tag.GantryDetectorTilt, Tag.ImagePositionPatient,
                    Tag.ImageOrientationPatient, Tag.SliceLocation, Tag.PixelSpacing, Tag.ImagerPixelSpacing,
                    Tag.WindowCenter, Tag.WindowWidth, Tag.RescaleIntercept, Tag.RescaleSlope,
                    Tag.LossyImageCompressionRatio -> VR.DS;
            case Tag.PixelAspectRatio -> VR.IS;
            case Tag.FrameIncrementPointer -> VR.AT;
            case Tag.TimezoneOffsetFromUTC -> VR.SH;
            case Tag.RetrieveURL -> VR.UR;
            case Tag.RedPaletteColorLookupTableData, Tag.GreenPaletteColorLookupTableData,
                    Tag.BluePaletteColorLookupTableData, Tag.SegmentedRedPaletteColorLookupTableData,
                    Tag.SegmentedGreenPaletteColorLookupTableData, Tag.SegmentedBluePaletteColorLookupTableData,
                    Tag.LUTData, Tag.PixelData -> VR.OW;
            case Tag.ExtendedOffsetTable, Tag.ExtendedOffsetTableLengths -> VR.OV;
            case Tag.FloatPixelData -> VR.OF;
            case Tag.DoubleFloatPixelData -> VR.OD;
            default -> ElementDictionary.vrOf(tag);
        };
    }

    /** Overlay plane attributes (60xx,eeee), PS3.3 C.9.2. */
    private static VR overlay(int tag) {
        return switch (tag & 0xFF00FFFF) {
            case 0x60000010, 0x60000011, 0x60000100, 0x60000102 -> VR.US;
            case 0x60000050 -> VR.SS;
            case 0x60000040 -> VR.CS;
            case 0x60003000 -> VR.OW;
            default -> ElementDictionary.vrOf(tag);
        };
    }
}
