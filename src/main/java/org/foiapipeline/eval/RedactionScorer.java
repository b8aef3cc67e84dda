package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.RedactionRecord;

/**
 * Scores redaction boxes page by page: a gold box is found when an output box on the same page overlaps it by
 * half the narrower width and stands within a line of it (a scan is shifted and askew), each output box
 * matching one gold box at most, nearest first. A found box is a token when the output placed it in the text,
 * and its codes are right when they equal the codes printed beside the gold box. Pages of documents without
 * gold boxes are not scored.
 */
final class RedactionScorer {
  private final Map<String, RedactionScore.Counts> byKind = new LinkedHashMap<>();

  void add(DocumentPair pair) {
    List<RedactionRecord> gold = orEmpty(pair.gold().redactions());
    if (pair.gold().redactions() == null) {
      return;
    }
    List<RedactionRecord> output = pair.matched() ? orEmpty(pair.output().redactions()) : List.of();
    int pages = Math.max(pair.gold().pages(), 1);
    for (int page = 1; page <= pages; page++) {
      int p = page;
      List<RedactionRecord> g = gold.stream().filter(r -> r.page() == p).toList();
      List<RedactionRecord> o = output.stream().filter(r -> r.page() == p).toList();
      if (!g.isEmpty() || !o.isEmpty()) {
        byKind.merge(kind(pair.gold(), page), page(g, o), RedactionScore.Counts::plus);
      }
    }
  }

  RedactionScore score() {
    Map<String, RedactionScore.Counts> out = new LinkedHashMap<>(byKind);
    if (!byKind.isEmpty()) {
      out.put("all", byKind.values().stream().reduce(new RedactionScore.Counts(0, 0, 0, 0, 0, 0), RedactionScore.Counts::plus));
    }
    return new RedactionScore(out);
  }

  private static RedactionScore.Counts page(List<RedactionRecord> gold, List<RedactionRecord> output) {
    List<RedactionRecord> free = new ArrayList<>(output);
    long found = 0;
    long tokens = 0;
    long codes = 0;
    for (RedactionRecord g : gold) {
      RedactionRecord best = null;
      for (RedactionRecord o : free) {
        if (matches(g, o) && (best == null || distance(g, o) < distance(g, best))) {
          best = o;
        }
      }
      if (best == null) {
        continue;
      }
      free.remove(best);
      found++;
      if (best.offset() != null) {
        tokens++;
        if (new HashSet<>(orEmptyCodes(best)).equals(new HashSet<>(orEmptyCodes(g)))) {
          codes++;
        }
      }
    }
    return new RedactionScore.Counts(gold.size(), found, tokens, codes, output.size(), free.size());
  }

  static boolean matches(RedactionRecord g, RedactionRecord o) {
    double overlap = Math.min(g.x() + g.width(), o.x() + o.width()) - Math.max(g.x(), o.x());
    double dy = Math.abs((g.y() + g.height() / 2) - (o.y() + o.height() / 2));
    return overlap >= 0.5 * Math.min(g.width(), o.width()) && dy <= Math.max(1.2 * g.height(), 0.012);
  }

  private static double distance(RedactionRecord g, RedactionRecord o) {
    return Math.hypot(g.x() - o.x(), g.y() - o.y());
  }

  private static String kind(DocumentRecord gold, int page) {
    List<String> kinds = gold.pageKinds();
    return kinds == null || page > kinds.size() ? "unknown" : kinds.get(page - 1);
  }

  private static List<RedactionRecord> orEmpty(List<RedactionRecord> list) {
    return list == null ? List.of() : list;
  }

  private static List<String> orEmptyCodes(RedactionRecord r) {
    return r.codes() == null ? List.of() : r.codes();
  }
}
