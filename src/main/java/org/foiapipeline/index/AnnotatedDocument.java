package org.foiapipeline.index;

import java.util.List;
import org.foiapipeline.contacts.Relations;
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
 */
public record AnnotatedDocument(
    String id,
    String path,
    ExtractedDocument extracted,
    List<AnnotatedPage> pages,
    Relations relations,
    double seconds) {
  public AnnotatedDocument {
    pages = List.copyOf(pages);
  }
}
