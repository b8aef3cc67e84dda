package org.foiapipeline.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.foiapipeline.export.DocumentRecord.RedactionRecord;
import org.foiapipeline.extract.Box;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.RedactionAnchor;
import org.foiapipeline.foia.RedactionLabels;

/**
 * A page's redaction boxes as the index and the export see them: placed in the text with the exemption codes
 * printed beside each, the page's redacted share and its range. Stateless.
 */
final class PageRedactions {
  /** Range labels of the redacted-share facet, in order. */
  static final List<String> RANGES = List.of("none", "under 10%", "10-50%", "over 50%");

  private static final RedactionLabels LABELS = new RedactionLabels();

  private PageRedactions() {}

  /** The markers of a page's placed boxes, in text order. */
  static List<RedactionTokens.Marker> markers(Page page) {
    List<RedactionAnchor> anchors = page.anchors();
    List<RedactionTokens.Marker> out = new ArrayList<>(anchors.size());
    for (int i = 0; i < anchors.size(); i++) {
      int offset = anchors.get(i).offset();
      int limit = i + 1 < anchors.size() ? anchors.get(i + 1).offset() : page.text().length();
      RedactionLabels.Label label = LABELS.label(page.text(), offset, limit);
      int length = page.text().length();
      out.add(label == null
          ? new RedactionTokens.Marker(offset, List.of(), Math.min(offset, length), Math.min(offset + 1, length))
          : new RedactionTokens.Marker(offset, label.codes(), label.start(), label.end()));
    }
    return out;
  }

  /** Every box of a page for the export: placed boxes with their offset and codes, the others without. */
  static List<RedactionRecord> records(Page page) {
    Map<Box, RedactionTokens.Marker> placed = new IdentityHashMap<>();
    List<RedactionTokens.Marker> markers = markers(page);
    for (int i = 0; i < markers.size(); i++) {
      placed.put(page.anchors().get(i).box(), markers.get(i));
    }
    List<RedactionRecord> out = new ArrayList<>();
    for (RedactionAnchor a : page.anchors()) {
      RedactionTokens.Marker m = placed.get(a.box());
      out.add(record(page.number(), a.box(), m.codes(), m.offset()));
    }
    for (Box b : page.redactions()) {
      if (!placed.containsKey(b)) {
        out.add(record(page.number(), b, List.of(), null));
      }
    }
    return out;
  }

  private static RedactionRecord record(int page, Box b, List<String> codes, Integer offset) {
    return new RedactionRecord(page, b.x(), b.y(), b.width(), b.height(), codes, offset);
  }

  /** The facet range of a redacted share. */
  static String range(double share) {
    if (share <= 0) {
      return RANGES.get(0);
    }
    return share < 0.1 ? RANGES.get(1) : share <= 0.5 ? RANGES.get(2) : RANGES.get(3);
  }

  /** The page text field: stored as it reads, indexed with a token for each placed box. */
  static Field textField(Page page, FieldType type) {
    List<RedactionTokens.Marker> markers = markers(page);
    return new Field(Schema.TEXT, page.text(), type) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        TokenStream base = super.tokenStream(analyzer, reuse);
        return markers.isEmpty() ? base : new RedactionTokens(base, markers);
      }
    };
  }
}
