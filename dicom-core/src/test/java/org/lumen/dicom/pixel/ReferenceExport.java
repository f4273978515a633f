package org.lumen.dicom.pixel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one /usr/bin/python3 + pydicom process that, for each named file of pydicom's test corpus, exports
 * the Image Pixel attributes and the Pixel Data element's bytes exactly as stored (with its VR and byte
 * order), and as references the Pixel Data of dcmtk's {@code dcmconv +te} (explicit VR little endian)
 * and of GDCM's {@code gdcmconv --raw} copies of the file. Fails loudly when a tool is missing.
 */
final class ReferenceExport {
    static final Path CORPUS = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    private static final String SCRIPT = """
            import sys, os, subprocess, pydicom
            from pydicom.tag import Tag
            corpus, out = sys.argv[1], sys.argv[2]
            for name in sys.argv[3:]:
                ds = pydicom.dcmread(os.path.join(corpus, name))
                elem = ds[Tag(0x7fe00010)]
                vr = str(getattr(elem.VR, 'value', elem.VR))
                if ' or ' in vr:
                    vr = 'OW' if int(ds.BitsAllocated) > 8 else 'OB'
                attrs = {'vr': vr, 'bigEndian': '0' if ds.is_little_endian else '1',
                         'ts': str(ds.file_meta.TransferSyntaxUID)}
                for key in ('Rows', 'Columns', 'SamplesPerPixel', 'BitsAllocated', 'BitsStored', 'HighBit',
                            'PixelRepresentation', 'PlanarConfiguration'):
                    if key in ds:
                        attrs[key] = str(int(ds.data_element(key).value))
                attrs['PhotometricInterpretation'] = str(ds.PhotometricInterpretation)
                if 'NumberOfFrames' in ds:
                    attrs['NumberOfFrames'] = str(ds.data_element('NumberOfFrames').value)
                with open(os.path.join(out, name + '.attrs'), 'w') as f:
                    for k, v in attrs.items():
                        f.write(k + '=' + v + '\\n')
                with open(os.path.join(out, name + '.pixels'), 'wb') as f:
                    f.write(elem.value)
                converted = os.path.join(out, name + '.le.dcm')
                subprocess.run(['dcmconv', '+te', os.path.join(corpus, name), converted], check=True)
                with open(os.path.join(out, name + '.reference'), 'wb') as f:
                    f.write(pydicom.dcmread(converted).PixelData)
                raw = os.path.join(out, name + '.raw.dcm')
                subprocess.run(['gdcmconv', '--raw', os.path.join(corpus, name), raw], check=True)
                with open(os.path.join(out, name + '.gdcm'), 'wb') as f:
                    f.write(pydicom.dcmread(raw).PixelData)
            """;

    private ReferenceExport() {}

    /** Exports the files into {@code dir}; returns the attributes of each by file name. */
    static Map<String, Map<String, String>> export(Path dir, List<String> names) throws IOException, InterruptedException {
        run(dir, SCRIPT, names);
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String name : names) {
            Map<String, String> attrs = new HashMap<>();
            for (String line : Files.readAllLines(dir.resolve(name + ".attrs"))) {
                int eq = line.indexOf('=');
                attrs.put(line.substring(0, eq), line.substring(eq + 1));
            }
            all.put(name, attrs);
        }
        return all;
    }

    /** Runs a Python script with the corpus directory, {@code dir} and the names as arguments. */
    static void run(Path dir, String pythonScript, List<String> names) throws IOException, InterruptedException {
        Path script = Files.createTempFile(dir, "export", ".py");
        Files.writeString(script, pythonScript, StandardCharsets.UTF_8);
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", script.toString(), CORPUS.toString(), dir.toString()));
        command.addAll(names);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("export.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the pydicom export did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the pydicom/dcmtk export failed (is python3-pydicom and dcmtk installed?):\n"
                    + Files.readString(dir.resolve("export.log")));
        }
    }
}
