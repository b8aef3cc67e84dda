package org.foiapipeline.index;

/** A contact as stored in the index, with the document it comes from; {@code date} ISO or empty. */
public record ContactRow(
    String agency, String jurisdiction, String state, String kind, String date, String docId, String path, int page, String snippet) {}
