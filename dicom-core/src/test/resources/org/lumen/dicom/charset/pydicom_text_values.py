"""Prints, as one JSON array, every text value (PN, LO, SH, ST, LT, UT, UC) of the given DICOM files,
including those inside sequences, with: the file, the tag, the VR, the Specific Character Set terms
in force for it (its item's own, else inherited), the raw value bytes as hex and the string pydicom
decodes (values of a multi-valued element joined by a backslash). Run with /usr/bin/python3."""
import json
import sys
import warnings

import pydicom
from pydicom.dataelem import RawDataElement

TEXT_VRS = {"PN", "LO", "SH", "ST", "LT", "UT", "UC"}


def terms_of(ds, inherited):
    if "SpecificCharacterSet" in ds:
        value = ds.SpecificCharacterSet
        return [value] if isinstance(value, str) else list(value)
    return inherited


def decoded_text(element):
    value = element.value
    if value is None:
        return ""
    if element.VM > 1:
        return "\\".join(str(v) for v in value)
    return str(value)


def walk(path, ds, inherited, out):
    terms = terms_of(ds, inherited)
    for tag in list(ds.keys()):
        raw = ds.get_item(tag)
        if isinstance(raw, RawDataElement) and raw.VR == "SQ" or getattr(raw, "VR", None) == "SQ":
            for item in ds[tag].value:
                walk(path, item, terms, out)
            continue
        if not isinstance(raw, RawDataElement) or raw.VR not in TEXT_VRS or raw.value is None:
            continue
        element = ds[tag]
        out.append({"file": path, "tag": "%08X" % int(tag), "vr": raw.VR, "terms": terms,
                    "hex": raw.value.hex(), "text": decoded_text(element)})


def main():
    warnings.simplefilter("ignore")
    out = []
    for path in sys.argv[1:]:
        walk(path, pydicom.dcmread(path), [""], out)
    json.dump(out, sys.stdout, ensure_ascii=True)


main()
