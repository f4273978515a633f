package org.lumen.dicom.json;

import java.util.Map;
import java.util.Objects;

import org.lumen.dicom.DataSet;

/**
 * A data set read from DICOM JSON together with the Bulk Data URIs it named. An attribute given by
 * "BulkDataURI" is in {@link #dataSet()} with its VR and an empty value (its bytes are elsewhere),
 * and its URI is in {@link #bulkDataUris()} under its path; a caller that needs the bytes
 * retrieves them (PS3.18 section 8.6) and puts them in place. The writer writes such an attribute
 * back as "BulkDataURI".
 *
 * @param dataSet      the attributes
 * @param bulkDataUris the URI of each attribute whose value was given by reference
 */
public record JsonDataSet(DataSet dataSet, Map<ElementPath, String> bulkDataUris) {
    public JsonDataSet {
        Objects.requireNonNull(dataSet, "dataSet");
        bulkDataUris = Map.copyOf(bulkDataUris);
    }

    /** A data set without bulk data references. */
    public static JsonDataSet of(DataSet dataSet) {
        return new JsonDataSet(dataSet, Map.of());
    }
}
