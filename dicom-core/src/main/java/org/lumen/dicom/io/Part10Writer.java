package org.lumen.dicom.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/**
 * Writes DICOM Part 10 files: preamble, "DICM", a File Meta Information built for the data set
 * (group length, version 00\01, SOP class and instance from the data set, transfer syntax, Lumen's
 * implementation class UID and version name), then the data set in the requested transfer syntax:
 * explicit or implicit VR little endian, explicit VR big endian (binary values swapped by VR
 * width) or deflated. Values are written as stored; pixel data is not transcoded, so encapsulated
 * pixel data must be written in an encapsulated transfer syntax. Stateless and thread-safe.
 */
public final class Part10Writer {
    private Part10Writer() {}

    public static void write(DicomFile file, Path path) throws IOException {
        write(file, path, WriteOptions.DEFAULT);
    }

    /**
     * Writes to a temporary file beside {@code path} and then moves it into place, so that a file
     * whose bulk data is read from {@code path} itself can be written back over it.
     */
    public static void write(DicomFile file, Path path, WriteOptions options) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(file, out, options);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes a file to a stream, which is flushed but not closed. */
    public static void write(DicomFile file, OutputStream out) throws IOException {
        write(file, out, WriteOptions.DEFAULT);
    }

    public static void write(DicomFile file, OutputStream out, WriteOptions options) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        DicomOutput meta = new DicomOutput(buffered, ByteOrder.LITTLE_ENDIAN);
        meta.zeros(128);
        buffered.write(new byte[] {'D', 'I', 'C', 'M'});
        DataSetEncoder metaEncoder = new DataSetEncoder(true, ByteOrder.LITTLE_ENDIAN, false);
        metaEncoder.write(fileMeta(file, metaEncoder), meta, false);
        writeDataSet(file.dataSet(), file.transferSyntax(), buffered, options, true);
        buffered.flush();
    }

    /** Writes a bare data set (no preamble, no meta information) in a transfer syntax. */
    public static void write(DataSet dataSet, TransferSyntax ts, OutputStream out) throws IOException {
        write(dataSet, ts, out, WriteOptions.DEFAULT);
    }

    public static void write(DataSet dataSet, TransferSyntax ts, OutputStream out, WriteOptions options)
            throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        writeDataSet(dataSet, ts, buffered, options, false);
        buffered.flush();
    }

    private static void writeDataSet(DataSet dataSet, TransferSyntax ts, OutputStream out, WriteOptions options,
            boolean withoutMeta) throws IOException {
        if (!ts.encapsulated() && dataSet.get(Tag.PixelData).map(DicomElement::value)
                .filter(Value.Fragments.class::isInstance).isPresent()) {
            throw new IllegalArgumentException("encapsulated pixel data cannot be written in " + ts.name());
        }
        DataSetEncoder encoder = new DataSetEncoder(ts.explicitVr(), ts.order(), options.undefinedLengths());
        if (!ts.deflated()) {
            encoder.write(dataSet, new DicomOutput(out, ts.order()), withoutMeta);
            return;
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater, 64 * 1024);
            BufferedOutputStream buffered = new BufferedOutputStream(deflating, 64 * 1024);
            encoder.write(dataSet, new DicomOutput(buffered, ts.order()), withoutMeta);
            buffered.flush();
            deflating.finish();
        } finally {
            deflater.end();
        }
    }

    /** The File Meta Information for a file: the given one completed and corrected (PS3.10 7.1). */
    static DataSet fileMeta(DicomFile file, DataSetEncoder encoder) {
        DataSet meta = new DataSet();
        for (DicomElement element : file.fileMeta()) {
            if (Tag.group(element.tag()) == 0x0002 && element.tag() != Tag.FileMetaInformationGroupLength) {
                meta.put(element);
            }
        }
        DataSet dataSet = file.dataSet();
        meta.put(Tag.FileMetaInformationVersion, VR.OB, Value.Bytes.of(new byte[] {0, 1}));
        dataSet.getString(Tag.SOPClassUID).or(() -> meta.getString(Tag.MediaStorageSOPClassUID))
                .ifPresent(uid -> meta.setString(Tag.MediaStorageSOPClassUID, VR.UI, uid));
        dataSet.getString(Tag.SOPInstanceUID).or(() -> meta.getString(Tag.MediaStorageSOPInstanceUID))
                .ifPresent(uid -> meta.setString(Tag.MediaStorageSOPInstanceUID, VR.UI, uid));
        meta.setString(Tag.TransferSyntaxUID, VR.UI, file.transferSyntax().uid());
        meta.setString(Tag.ImplementationClassUID, VR.UI, UID.LumenImplementationClass);
        meta.setString(Tag.ImplementationVersionName, VR.SH, UID.LumenImplementationVersion);
        long length = 0;
        for (DicomElement element : meta) {
            length += encoder.encodedLength(element);
        }
        meta.setInt(Tag.FileMetaInformationGroupLength, VR.UL, (int) length);
        return meta;
    }
}
