"""Test glue for the codec tests: pydicom extracts frames and reference values, or writes synthetic images.

  frames IN DIR        DIR/frameN.bin per frame, DIR/attrs.txt
  values IN OUT        OUT: the decoded pixel values, int32 little endian, interleaved per pixel;
                       OUT.attrs: the attributes of IN
  synth OUT ROWS COLS SPP BITS_ALLOCATED BITS_STORED SIGNED FRAMES SEED
"""
import sys
import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import generate_pixel_data_frame
from pydicom.uid import ExplicitVRLittleEndian, generate_uid


def attrs(ds):
    return " ".join(str(v) for v in (
        ds.Rows, ds.Columns, ds.SamplesPerPixel, ds.BitsAllocated, ds.BitsStored, ds.PixelRepresentation,
        ds.PhotometricInterpretation, getattr(ds, "PlanarConfiguration", 0), int(getattr(ds, "NumberOfFrames", 1) or 1),
        ds.file_meta.TransferSyntaxUID))


def frames(path, out):
    ds = pydicom.dcmread(path)
    n = int(getattr(ds, "NumberOfFrames", 1) or 1)
    for i, frame in enumerate(generate_pixel_data_frame(ds.PixelData, n)):
        open(f"{out}/frame{i}.bin", "wb").write(frame)
    open(f"{out}/attrs.txt", "w").write(attrs(ds))


def values(path, out):
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    open(out, "wb").write(np.ascontiguousarray(arr).astype("<i8").astype("<i4").tobytes())
    open(out + ".attrs", "w").write(attrs(ds))


def synth(out, rows, cols, spp, allocated, stored, signed, nframes, seed):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:rows, 0:cols]
    lo, hi = (-(1 << (stored - 1)), (1 << (stored - 1)) - 1) if signed else (0, (1 << stored) - 1)
    planes = []
    for f in range(nframes):
        for c in range(spp):
            ramp = lo + (x * 7 + y * 3 + c * 50 + f * 11) * (hi - lo) // (cols * 7 + rows * 3 + 200)
            noise = rng.integers(-(1 << max(0, stored - 6)), (1 << max(0, stored - 6)) + 1, size=(rows, cols))
            plane = np.where((x // 8 + y // 8) % 3 == 0, ramp, ramp + noise)
            plane[rows // 3: rows // 2, :] = lo + (hi - lo) // 3 + c  # a flat band exercises run mode
            plane[0, 0], plane[-1, -1] = lo, hi
            planes.append(np.clip(plane, lo, hi))
    arr = np.stack(planes).reshape(nframes, spp, rows, cols).transpose(0, 2, 3, 1)
    dtype = {8: "u1", 16: "<u2", 32: "<u4"}[allocated].replace("u", "i" if signed else "u")
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
    ds.Modality = "OT"
    ds.Rows, ds.Columns, ds.SamplesPerPixel = rows, cols, spp
    ds.PhotometricInterpretation = "RGB" if spp == 3 else "MONOCHROME2"
    if spp == 3:
        ds.PlanarConfiguration = 0
    if nframes > 1:
        ds.NumberOfFrames = nframes
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = allocated, stored, stored - 1, int(signed)
    data = arr.astype(dtype)
    if not signed:
        data = data & ((1 << stored) - 1) if stored < allocated else data
    ds.PixelData = data.tobytes()
    ds.save_as(out, write_like_original=False)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "frames":
        frames(sys.argv[2], sys.argv[3])
    elif mode == "values":
        values(sys.argv[2], sys.argv[3])
    elif mode == "synth":
        a = [int(v) for v in sys.argv[3:]]
        synth(sys.argv[2], a[0], a[1], a[2], a[3], a[4], bool(a[5]), a[6], a[7])
    else:
        sys.exit("unknown mode " + mode)
