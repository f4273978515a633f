# Prints, as JSON, what pydicom reports for each DICOM file named on the command line (one run for
# the whole corpus). Used by PydicomCorpusTest as the reference for Lumen's Part 10 reader.
import json
import sys
import warnings

import pydicom

warnings.simplefilter("ignore")


def pixel_length(ds):
    if "PixelData" not in ds:
        return None
    return len(ds.PixelData)


def record_tree(record):
    return {"type": str(record.DirectoryRecordType),
            "children": [record_tree(child) for child in getattr(record, "children", [])]}


out = []
for path in sys.argv[1:]:
    entry = {"path": path}
    try:
        ds = pydicom.dcmread(path, force=True)
        entry["count"] = len(ds)
        entry["totalCount"] = sum(1 for _ in ds.iterall())
        entry["sopInstanceUid"] = str(ds.get("SOPInstanceUID", "") or "")
        entry["rows"] = int(ds.Rows) if ds.get("Rows") not in (None, "") else None
        entry["columns"] = int(ds.Columns) if ds.get("Columns") not in (None, "") else None
        entry["pixelLength"] = pixel_length(ds)
        meta = getattr(ds, "file_meta", None)
        uid = meta.get("TransferSyntaxUID") if meta is not None else None
        entry["transferSyntax"] = str(uid) if uid is not None else None
        if hasattr(ds, "patient_records"):
            entry["patients"] = [record_tree(r) for r in ds.patient_records]
    except Exception as e:  # reported, the test decides
        entry["error"] = type(e).__name__ + ": " + str(e)
    out.append(entry)
print(json.dumps(out))
