# Test glue for JpegDecoderReferenceTest: writes synthetic uncompressed DICOM files, wraps raw JPEG
# bitstreams into DICOM, and extracts frame bitstreams and reference pixel values with pydicom.
import sys
import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate, generate_pixel_data_frame
from pydicom.uid import ExplicitVRLittleEndian, generate_uid


def base(rows, cols, spp, bits, stored, photometric, ts):
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.7'
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ts
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.Modality = 'OT'
    ds.PatientName = 'Synthetic^Jpeg'
    ds.Rows, ds.Columns, ds.SamplesPerPixel = rows, cols, spp
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = bits, stored, stored - 1, 0
    ds.PhotometricInterpretation = photometric
    if spp > 1:
        ds.PlanarConfiguration = 0
    ds.is_little_endian, ds.is_implicit_VR = True, False
    return ds


def make(out, kind):
    rng = np.random.default_rng(7)
    rows, cols = (512, 512) if kind.endswith('_512') else (51, 73)
    kind = kind.removesuffix('_512')
    y, x = np.mgrid[0:rows, 0:cols]
    if kind == 'rgb8':
        r = (x * 255 // cols + rng.integers(0, 20, (rows, cols))) % 256
        g = (y * 255 // rows) % 256
        b = ((x + y) * 3 + rng.integers(0, 60, (rows, cols))) % 256
        arr = np.stack([r, g, b], axis=-1).astype(np.uint8)
        ds = base(rows, cols, 3, 8, 8, 'RGB', ExplicitVRLittleEndian)
    elif kind.startswith('ct'):
        # signed CT-like values -1024..~2000 with noise, two's complement in BitsStored bits
        stored = int(kind[2:4])
        arr = (-1024 + (x * 3000) // cols + rng.integers(0, 40, (rows, cols))).astype(np.int16)
        ds = base(rows, cols, 1, 16, stored, 'MONOCHROME2', ExplicitVRLittleEndian)
        ds.PixelRepresentation = 1
        arr = (arr.astype(np.int32) & ((1 << stored) - 1)).astype(np.uint16) if stored < 16 else arr
    else:
        stored = {'mono8': 8, 'mono12': 12, 'mono16': 16}[kind]
        top = (1 << stored) - 1
        arr = (x * top // cols + y * 7 + rng.integers(0, 1 << (stored // 2), (rows, cols))) % (top + 1)
        arr = arr.astype(np.uint8 if stored == 8 else np.uint16)
        ds = base(rows, cols, 1, 8 if stored == 8 else 16, stored, 'MONOCHROME2', ExplicitVRLittleEndian)
    ds.PixelData = arr.tobytes()
    ds.save_as(out, write_like_original=False)


def wrap(jpg, out, rows, cols, spp, bits, stored, photometric, ts):
    ds = base(rows, cols, spp, bits, stored, photometric, ts)
    with open(jpg, 'rb') as f:
        ds.PixelData = encapsulate([f.read()])
    ds['PixelData'].VR = 'OB'
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.save_as(out, write_like_original=False)


def raw_values(ds):
    data = ds.PixelData
    if ds.BitsAllocated == 8:
        v = np.frombuffer(data, dtype=np.uint8)
    else:
        v = np.frombuffer(data, dtype='<u2')
    n = ds.Rows * ds.Columns * ds.SamplesPerPixel
    v = v[:n]
    if ds.SamplesPerPixel > 1 and ds.get('PlanarConfiguration', 0) == 1:
        v = v.reshape(ds.SamplesPerPixel, -1).T.reshape(-1)
    return v.astype('<i4')


def extract(out_dir, name, compressed, decoded, original):
    c = pydicom.dcmread(compressed)
    frames = generate_pixel_data_frame(c.PixelData, int(c.get('NumberOfFrames', 1)))
    with open(f'{out_dir}/{name}.jpg', 'wb') as f:
        f.write(next(frames))
    d = pydicom.dcmread(decoded)
    raw_values(d).tofile(f'{out_dir}/{name}.ref')
    if original != '-':
        raw_values(pydicom.dcmread(original)).tofile(f'{out_dir}/{name}.orig')
    print(name, c.Rows, c.Columns, c.SamplesPerPixel, c.BitsAllocated, c.BitsStored, c.PixelRepresentation,
          c.PhotometricInterpretation, int(c.get('PlanarConfiguration', 0)), d.PhotometricInterpretation, sep='\t')


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'make':
        for i in range(2, len(sys.argv), 2):
            make(sys.argv[i], sys.argv[i + 1])
    elif cmd == 'wrap':
        a = sys.argv
        wrap(a[2], a[3], int(a[4]), int(a[5]), int(a[6]), int(a[7]), int(a[8]), a[9], a[10])
    elif cmd == 'resave':
        d = pydicom.dcmread(sys.argv[2])
        photometric = sys.argv[4] if len(sys.argv) > 4 else d.PhotometricInterpretation
        ds = base(d.Rows, d.Columns, d.SamplesPerPixel, d.BitsAllocated, d.BitsStored, photometric,
                  d.file_meta.TransferSyntaxUID)
        ds.PixelData = encapsulate([next(generate_pixel_data_frame(d.PixelData, 1))])
        ds['PixelData'].VR = 'OB'
        ds.save_as(sys.argv[3], write_like_original=False)
    elif cmd == 'extract':
        for line in sys.stdin:
            if line.strip():
                extract(sys.argv[2], *line.rstrip('\n').split('\t'))
