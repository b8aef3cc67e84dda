package org.foiapipeline.extract;

import java.util.List;

/**
 * The text of one input file, page by page, with its outcome.
 *
 * @param mediaType detected type, e.g. {@code application/pdf}
 * @param status outcome of the extraction
 * @param reason readable reason for any status but OK ("encrypted: no password", "truncated at page 3")
 * @param pages the pages extracted; for non-paged formats one page per file (or per sheet/message)
 */
public record ExtractedDocument(String mediaType, Status status, String reason, List<Page> pages) {
  public ExtractedDocument {
    reason = reason == null ? "" : reason;
    pages = List.copyOf(pages);
  }

  public static ExtractedDocument failed(String mediaType, Status status, String reason) {
    return new ExtractedDocument(mediaType, status, reason, List.of());
  }

  public int ocrPages() {
    return (int) pages.stream().filter(Page::isOcr).count();
  }
}
