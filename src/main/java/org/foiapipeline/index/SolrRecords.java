package org.foiapipeline.index;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;

/**
 * Changes to a stored export record, made through its JSON form: a field added to {@link DocumentRecord}
 * survives them without a change here.
 */
final class SolrRecords {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private SolrRecords() {}

  /** The record with the text of every page filled in (empty strings for pages with no text). */
  static DocumentRecord withText(DocumentRecord r, List<PageView> pages) {
    String[] text = new String[r.pages()];
    Arrays.fill(text, "");
    for (PageView p : pages) {
      if (p.page() >= 1 && p.page() <= text.length) {
        text[p.page() - 1] = p.text();
      }
    }
    return with(r, "text", List.of(text));
  }

  /** The record with one more path it was seen under. */
  static DocumentRecord withPath(DocumentRecord r, String path) {
    List<String> paths = new ArrayList<>(r.paths());
    paths.add(path);
    return with(r, "paths", paths);
  }

  private static DocumentRecord with(DocumentRecord r, String field, Object value) {
    Map<String, Object> json = Jsonl.MAPPER.convertValue(r, MAP);
    json.put(field, value);
    return Jsonl.MAPPER.convertValue(json, DocumentRecord.class);
  }
}
