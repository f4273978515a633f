#!/usr/bin/python3
"""Writes the uncompressed inputs of the decode benchmark into the folder given as argument:
a CT-like 16-bit signed multi-frame (512 x 512 x N, a phantom with noise, like real CT entropy)
and an 8-bit RGB secondary capture. bench/decode.sh compresses them with dcmtk and GDCM.
Uses Debian's python3-pydicom (run with /usr/bin/python3)."""
import sys, os, random, math
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

out = sys.argv[1]
frames = int(sys.argv[2]) if len(sys.argv) > 2 else 32
os.makedirs(out, exist_ok=True)
rng = random.Random(20261122)

def base(sop_class, rows, cols, nframes):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientName = "Bench^Phantom"
    ds.PatientID = "BENCH"
    ds.Modality = "OT"
    ds.Rows, ds.Columns = rows, cols
    ds.NumberOfFrames = nframes
    return ds

# CT-like: body ellipse of soft tissue, bones, air, plus Gaussian-ish noise (about 12 HU).
rows = cols = 512
ct = base("1.2.840.10008.5.1.4.1.1.7.2", rows, cols, frames)  # Multi-frame Grayscale Word SC
ct.SamplesPerPixel = 1
ct.PhotometricInterpretation = "MONOCHROME2"
ct.BitsAllocated, ct.BitsStored, ct.HighBit, ct.PixelRepresentation = 16, 16, 15, 1
ct.RescaleIntercept, ct.RescaleSlope = 0, 1
buf = bytearray()
for f in range(frames):
    for y in range(rows):
        dy = (y - rows / 2) / (rows * 0.42)
        for x in range(cols):
            dx = (x - cols / 2) / (cols * 0.47)
            r = dx * dx + dy * dy
            if r > 1:
                v = -1000
            elif ((x - cols * 0.3) ** 2 + (y - rows * 0.55) ** 2) < (rows * 0.05 + f) ** 2:
                v = 700
            else:
                v = 40 + int(20 * math.sin(x / 17.0 + f / 5.0))
            v += int(rng.gauss(0, 12))
            buf += int(v).to_bytes(2, "little", signed=True)
ct.PixelData = bytes(buf)
ct.save_as(os.path.join(out, "ct16.dcm"), write_like_original=False)

rgb = base("1.2.840.10008.5.1.4.1.1.7", 480, 640, 1)
rgb.SamplesPerPixel = 3
rgb.PhotometricInterpretation = "RGB"
rgb.PlanarConfiguration = 0
rgb.BitsAllocated, rgb.BitsStored, rgb.HighBit, rgb.PixelRepresentation = 8, 8, 7, 0
buf = bytearray()
for y in range(480):
    for x in range(640):
        buf += bytes(((x * 255) // 639, (y * 255) // 479, (128 + int(60 * math.sin((x + y) / 23.0)) + rng.randint(-8, 8)) & 0xFF))
rgb.PixelData = bytes(buf)
rgb.save_as(os.path.join(out, "rgb8.dcm"), write_like_original=False)
print(out)
