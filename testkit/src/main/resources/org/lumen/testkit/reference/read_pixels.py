# Writes the raw Pixel Data value of an uncompressed little-endian Part 10 file to argv[2] and
# prints the image pixel attributes as JSON. No decoding: the bytes are copied as stored.
import json
import sys

import pydicom

ALLOWED = {"1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1.99"}


def fail(message):
    print(json.dumps({"error": message}))
    sys.exit(3)


src, dst = sys.argv[1], sys.argv[2]
try:
    ds = pydicom.dcmread(src)
except Exception as e:  # pydicom raises many types for bad files
    fail("pydicom cannot read the file: %s" % e)
ts = str(ds.file_meta.get("TransferSyntaxUID", ""))
if ts not in ALLOWED:
    fail("transfer syntax %r is not uncompressed little endian" % ts)
if 0x7FE00010 not in ds:
    fail("no Pixel Data (7FE0,0010)")
value = ds[0x7FE00010].value
if not isinstance(value, bytes):
    fail("Pixel Data is not a byte value")
with open(dst, "wb") as out:
    out.write(value)


def number(keyword, default=None):
    v = ds.get(keyword)
    if v is None or v == "":
        if default is None:
            fail("missing %s" % keyword)
        return default
    return int(v)


print(json.dumps({
    "rows": number("Rows"),
    "columns": number("Columns"),
    "samplesPerPixel": number("SamplesPerPixel", 1),
    "bitsAllocated": number("BitsAllocated"),
    "bitsStored": number("BitsStored"),
    "highBit": number("HighBit"),
    "pixelRepresentation": number("PixelRepresentation", 0),
    "planarConfiguration": number("PlanarConfiguration", 0),
    "numberOfFrames": number("NumberOfFrames", 1),
    "photometricInterpretation": str(ds.get("PhotometricInterpretation", "")),
    "transferSyntaxUid": ts,
    "length": len(value),
}))
