package org.foiapipeline.index;

import java.util.List;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * Everything the pipeline learned about one file, ready to index.
 *
 * @param id SHA-256 of the file's bytes
 * @param path the path it was first seen under (zip members as {@code release.zip!/member.pdf})
 * @param extracted the extraction outcome and raw pages
 * @param pages the annotated pages, one per extracted page
 * @param relations the document's date and contacts
 * @param seconds wall time spent on the file
 * @param logical the logical documents the file holds (docs/RELEASES.md); empty for a plain single document
 */
public record AnnotatedDocument(
    String id,
    String path,
    ExtractedDocument extracted,
    List<AnnotatedPage> pages,
    Relations relations,
    double seconds,
    List<LogicalRecord> logical) {
  public AnnotatedDocument {
    pages = List.copyOf(pages);
    logical = logical == null ? List.of() : List.copyOf(logical);
  }

  /** A document read as one logical document. */
  public AnnotatedDocument(
      String id, String path, ExtractedDocument extracted, List<AnnotatedPage> pages, Relations relations,
      double seconds) {
    this(id, path, extracted, pages, relations, seconds, List.of());
  }

  /** The logical document holding {@code page}, if the file lists any. */
  public java.util.Optional<LogicalRecord> logicalAt(int page) {
    return logical.stream().filter(l -> l.start() <= page && page <= l.end()).findFirst();
  }
}
