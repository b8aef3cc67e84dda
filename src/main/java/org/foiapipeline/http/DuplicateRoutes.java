package org.foiapipeline.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiapipeline.dedup.ReleaseDiff;
import org.foiapipeline.dedup.ReleaseDiff.Token;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.search.Releases;
import org.foiapipeline.search.UnitReleases;

/**
 * {@code GET /api/documents/{id}/copies} (the other releases of a document) and {@code GET /api/diff?a=ID&b=ID}
 * (two releases compared word by word).
 */
final class DuplicateRoutes {
  private final IndexReaderPort view;

  DuplicateRoutes(IndexReaderPort view) {
    this.view = view;
  }

  void copies(Context ctx) throws IOException {
    String id = Params.documentId(ctx);
    Releases releases = new Releases(view);
    DocumentRecord record = releases.find(id);
    List<Map<String, Object>> copies = new ArrayList<>();
    for (DocumentRecord c : releases.copies(record.id())) {
      copies.add(Map.of("id", c.id(), "path", c.path(), "pages", c.pages()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", record.id());
    body.put("duplicate_group", view.duplicateGroups().get(record.id()));
    body.put("copies", copies);
    body.put("unit_copies", unitCopies(record.id()));
    Json.send(ctx, body);
  }

  /**
   * Each unit of the document that has near-duplicates (the file, or a logical document of a merged release)
   * with its copies, page ranges included: a letter and pages 14-16 of a merged release find each other here.
   */
  private List<Map<String, Object>> unitCopies(String id) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (var e : new UnitReleases(view).unitCopies(id).entrySet()) {
      List<Map<String, Object>> copies = new ArrayList<>();
      e.getValue().forEach(p -> copies.add(Map.of("id", p.record().id(), "path", p.record().path(), "start", p.start(),
          "end", p.end(), "ref", p.ref())));
      out.add(Map.of("unit", e.getKey(), "copies", copies));
    }
    return out;
  }

  /**
   * Two releases, or parts of them ({@code ID:START-END}, a logical document of a merged release), aligned
   * page by page and compared word by word.
   */
  void diff(Context ctx) throws IOException {
    String a = required(ctx, "a");
    String b = required(ctx, "b");
    UnitReleases.Comparison c = new UnitReleases(view).compare(a, b);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("first", part(c.first()));
    body.put("second", part(c.second()));
    List<Map<String, Object>> aligned = new ArrayList<>();
    c.pages().forEach(p -> aligned.add(Map.of("first", p.first(), "second", p.second(), "similarity", p.similarity())));
    body.put("pages", aligned);
    body.put("same_group", c.sameGroup());
    body.put("first_words", c.diff().firstWords());
    body.put("second_words", c.diff().secondWords());
    body.put("same_words", c.diff().sameWords());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ReleaseDiff.Kind k : ReleaseDiff.Kind.values()) {
      counts.put(label(k), c.diff().count(k));
    }
    body.put("counts", counts);
    body.put("pieces", pieces(c.diff()));
    Json.send(ctx, body);
  }

  private static Map<String, Object> part(UnitReleases.Part p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.record().id());
    m.put("path", p.record().path());
    m.put("pages", p.record().pages());
    m.put("start", p.start());
    m.put("end", p.end());
    m.put("ref", p.ref());
    return m;
  }

  private static List<Map<String, Object>> pieces(ReleaseDiff.Result diff) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReleaseDiff.Piece p : diff.pieces()) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (p.change() == null) {
        m.put("same", words(p.same()));
      } else {
        m.put("kind", label(p.change().kind()));
        m.put("page", p.change().page());
        m.put("first", words(p.change().first()));
        m.put("second", words(p.change().second()));
      }
      out.add(m);
    }
    return out;
  }

  static String label(ReleaseDiff.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String words(List<Token> tokens) {
    return String.join(" ", tokens.stream().map(Token::shown).toList());
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("give both releases: /api/diff?a=ID&b=ID (missing " + name + ")");
    }
    return value;
  }
}
