"""Reads DICOM JSON files with pydicom (Dataset.from_json) and prints one JSON array of every
attribute, sequences flattened: its path ("04000561[0].00100010"), its VR, and its value as text
(values joined with a backslash, person names as pydicom's str, "" when empty), or "items=N" for a
sequence and "bulk" for a value given by BulkDataURI. Run with /usr/bin/python3."""
import json
import sys
import warnings

from pydicom import Dataset


def text_of(element):
    value = element.value
    if value is None or value == "" or value == b"":
        return ""
    if element.VM > 1:
        return "\\".join(str(v) for v in value)
    return str(value)


def walk(ds, prefix, out):
    for element in ds:
        path = prefix + "%08X" % int(element.tag)
        if element.VR == "SQ":
            out.append({"path": path, "vr": "SQ", "text": "items=%d" % len(element.value)})
            for index, item in enumerate(element.value):
                walk(item, "%s[%d]." % (path, index), out)
        elif isinstance(element.value, str) and element.value.startswith("bulk:"):
            out.append({"path": path, "vr": element.VR, "text": "bulk"})
        else:
            out.append({"path": path, "vr": element.VR, "text": text_of(element)})


def main():
    warnings.simplefilter("ignore")
    result = {}
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            ds = Dataset.from_json(f.read(), bulk_data_uri_handler=lambda tag, vr, uri: "bulk:" + uri)
        out = []
        walk(ds, "", out)
        result[path] = out
    json.dump(result, sys.stdout, ensure_ascii=True)


main()
