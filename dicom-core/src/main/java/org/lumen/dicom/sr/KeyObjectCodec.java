package org.lumen.dicom.sr;

import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.UID;

/** Turns a {@link KeyObjectSelection} into a Key Object Selection Document data set (TID 2010) and back. */
public final class KeyObjectCodec {
    static final Code KEY_OBJECT_DESCRIPTION = new Code("113012", "DCM", "Key Object Description");

    private KeyObjectCodec() {}

    public static DataSet write(KeyObjectSelection kos) {
        DataSet ds = SrDocument.header(UID.KeyObjectSelectionDocumentStorage, "KO", kos.study(), kos.origin(),
                "Key images");
        Evidence.write(ds, kos.study().studyInstanceUid(), kos.images());
        List<DataSet> children = new ArrayList<>();
        if (!kos.origin().author().isEmpty()) {
            children.add(ContentItem.pname("HAS OBS CONTEXT", SrDocument.PERSON_OBSERVER_NAME, kos.origin().author()));
        }
        if (!kos.description().isEmpty()) {
            children.add(ContentItem.text("CONTAINS", KEY_OBJECT_DESCRIPTION, kos.description()));
        }
        for (ImageRef image : kos.images()) {
            children.add(ContentItem.image("CONTAINS", null, image));
        }
        SrDocument.writeRoot(ds, kos.title(), "2010", children);
        return ds;
    }

    public static KeyObjectSelection read(DataSet ds) throws StructuredReportException {
        SrDocument.requireSopClass(ds, UID.KeyObjectSelectionDocumentStorage);
        Code title = SrDocument.rootTitle(ds);
        Evidence evidence = Evidence.read(ds);
        List<ImageRef> images = new ArrayList<>();
        for (DataSet child : ds.getSequence(SrTags.ContentSequence)) {
            if ("IMAGE".equals(ContentItem.valueType(child))) {
                ContentItem.readImage(child, evidence).ifPresent(images::add);
            }
        }
        if (images.isEmpty()) {
            throw new StructuredReportException("the key object selection refers to no image");
        }
        String description = ContentItem.child(ds, "TEXT", KEY_OBJECT_DESCRIPTION)
                .flatMap(item -> item.getString(SrTags.TextValue)).orElse("");
        return new KeyObjectSelection(StudyHeader.of(ds), SrDocument.origin(ds, ds), title, description, images);
    }
}
