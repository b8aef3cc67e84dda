package org.foiapipeline.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.extract.Box;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.index.PageView;

/** Rebuilds a document's extracted pages from what the index stored, so they can be annotated again. */
final class StoredPages {
  private static final TypeReference<List<Box>> BOXES = new TypeReference<>() {};

  private StoredPages() {}

  /**
   * @param views the document's pages in page order
   * @param notes each page's note by number
   * @param replaced new pages by number; every other page keeps its stored text
   */
  static List<Page> rebuild(List<PageView> views, Map<Integer, String> notes, Map<Integer, Page> replaced)
      throws IOException {
    List<Page> pages = new ArrayList<>(views.size());
    for (PageView v : views) {
      Page page = replaced.get(v.page());
      pages.add(page != null ? page : new Page(v.page(), v.text(), source(v.source()), v.ocrConfidence(),
          boxes(v.redactionsJson()), notes.getOrDefault(v.page(), "")));
    }
    return pages;
  }

  static List<Box> boxes(String json) throws IOException {
    return json == null || json.isBlank() ? List.of() : Jsonl.MAPPER.readValue(json, BOXES);
  }

  /** The inverse of {@code DocumentMapper.pageKind}. */
  static TextSource source(String kind) {
    return switch (kind == null ? "" : kind) {
      case "digital" -> TextSource.TEXT_LAYER;
      case "scanned" -> TextSource.OCR;
      default -> TextSource.NONE;
    };
  }
}
