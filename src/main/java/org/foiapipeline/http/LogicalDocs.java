package org.foiapipeline.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.SearchHit;

/**
 * The logical documents of a file (the letters, email chains, agreements ... a merged release holds, see
 * docs/RELEASES.md) as the web API shows them: numbered from 1 in page order, with how many the file holds.
 * Lookups by hit are memoised per instance, so make one per request.
 */
final class LogicalDocs {
  private final IndexReaderPort view;
  private final Map<String, Optional<DocumentRecord>> records = new HashMap<>();

  LogicalDocs(IndexReaderPort view) {
    this.view = view;
  }

  /** Every logical document of the record with its messages, numbered from 1; empty when it lists none. */
  static List<Map<String, Object>> all(DocumentRecord r) {
    List<LogicalRecord> logical = list(r);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < logical.size(); i++) {
      Map<String, Object> entry = entry(logical.get(i), i + 1, logical.size());
      entry.put("messages", logical.get(i).messages() == null ? List.of() : logical.get(i).messages());
      out.add(entry);
    }
    return out;
  }

  /** The logical document holding {@code page} (without its messages), or null when the record lists none. */
  static Map<String, Object> at(DocumentRecord r, int page) {
    List<LogicalRecord> logical = list(r);
    for (int i = 0; i < logical.size(); i++) {
      if (logical.get(i).start() <= page && page <= logical.get(i).end()) {
        return entry(logical.get(i), i + 1, logical.size());
      }
    }
    return null;
  }

  /**
   * The search hits as JSON objects with their usual fields and, when the hit's file holds more than one
   * logical document or the hit falls in an email of a thread, {@code logical}: the document holding its page.
   */
  List<Map<String, Object>> hits(List<SearchHit> hits) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SearchHit h : hits) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("path", h.path());
      hit.put("page", h.page());
      hit.put("score", h.score());
      hit.put("snippet", h.snippet());
      forHit(h.id(), h.page()).ifPresent(l -> hit.put("logical", l));
      out.add(hit);
    }
    return out;
  }

  /** What a hit on page {@code page} of file {@code id} says of its logical document, if anything. */
  Optional<Map<String, Object>> forHit(String id, int page) throws IOException {
    if (!records.containsKey(id)) {
      records.put(id, view.record(id));
    }
    Optional<DocumentRecord> record = records.get(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> at = at(record.get(), page);
    boolean worth = at != null && ((int) at.get("of") > 1 || at.get("thread") != null);
    return worth ? Optional.of(at) : Optional.empty();
  }

  private static Map<String, Object> entry(LogicalRecord l, int number, int of) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", number);
    m.put("of", of);
    m.put("start", l.start());
    m.put("end", l.end());
    m.put("kind", l.kind());
    m.put("date", l.date());
    m.put("title", l.title());
    m.put("thread", l.thread());
    return m;
  }

  private static List<LogicalRecord> list(DocumentRecord r) {
    if (r.logicalDocuments() == null) {
      return List.of();
    }
    List<LogicalRecord> sorted = new ArrayList<>(r.logicalDocuments());
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return sorted;
  }
}
