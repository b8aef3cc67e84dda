package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foiapipeline.export.DocumentRecord;

/**
 * Pairs each gold document with at most one output document: first by id (SHA-256 of the bytes), then by
 * path. Paths are compared by their longest common suffix of path segments, because gold and output are
 * usually written from different folders ({@code release/a.pdf} vs {@code /data/in/release/a.pdf}); the
 * file names must agree, and a tie between candidates is left unmatched rather than guessed.
 */
final class DocumentMatcher {
  private final Map<String, DocumentRecord> byId = new HashMap<>();
  private final Map<String, List<DocumentRecord>> byFileName = new HashMap<>();
  private final Set<DocumentRecord> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private int matchedById;
  private int matchedByPath;

  DocumentMatcher(List<DocumentRecord> output) {
    for (DocumentRecord record : output) {
      if (record.id() != null) {
        byId.putIfAbsent(record.id(), record);
      }
      for (String path : pathsOf(record)) {
        byFileName.computeIfAbsent(last(segments(path)), k -> new ArrayList<>()).add(record);
      }
    }
  }

  /** Pairs every gold document, ids first so that a path match never steals an id match. */
  List<DocumentPair> pair(List<DocumentRecord> gold) {
    Map<DocumentRecord, DocumentRecord> found = new IdentityHashMap<>();
    for (DocumentRecord g : gold) {
      DocumentRecord o = g.id() == null ? null : byId.get(g.id());
      if (o != null && used.add(o)) {
        found.put(g, o);
        matchedById++;
      }
    }
    List<DocumentPair> pairs = new ArrayList<>();
    for (DocumentRecord g : gold) {
      DocumentRecord o = found.containsKey(g) ? found.get(g) : byPath(g);
      pairs.add(new DocumentPair(g, o, DocumentPair.kindOf(g)));
    }
    return pairs;
  }

  int matchedById() {
    return matchedById;
  }

  int matchedByPath() {
    return matchedByPath;
  }

  private DocumentRecord byPath(DocumentRecord gold) {
    Best best = new Best();
    for (String goldPath : pathsOf(gold)) {
      List<String> goldSegments = segments(goldPath);
      for (DocumentRecord candidate : byFileName.getOrDefault(last(goldSegments), List.of())) {
        if (!used.contains(candidate)) {
          best.offer(candidate, bestSuffix(goldSegments, candidate));
        }
      }
    }
    if (best.record == null || best.tie) {
      return null;
    }
    used.add(best.record);
    matchedByPath++;
    return best.record;
  }

  /** The candidate sharing the most trailing path segments, and whether another shares as many. */
  private static final class Best {
    DocumentRecord record;
    int length;
    boolean tie;

    void offer(DocumentRecord candidate, int candidateLength) {
      if (candidateLength > length) {
        record = candidate;
        length = candidateLength;
        tie = false;
      } else if (candidateLength == length && candidate != record) {
        tie = true;
      }
    }
  }

  private static int bestSuffix(List<String> goldSegments, DocumentRecord candidate) {
    int best = 0;
    for (String path : pathsOf(candidate)) {
      best = Math.max(best, commonSuffix(goldSegments, segments(path)));
    }
    return best;
  }

  private static int commonSuffix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
      n++;
    }
    return n;
  }

  private static Set<String> pathsOf(DocumentRecord record) {
    Set<String> paths = new HashSet<>();
    if (record.path() != null && !record.path().isBlank()) {
      paths.add(record.path());
    }
    if (record.paths() != null) {
      record.paths().stream().filter(p -> p != null && !p.isBlank()).forEach(paths::add);
    }
    return paths;
  }

  /** Path segments with separators unified and {@code .} segments dropped. */
  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.replace('\\', '/').split("/")) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static String last(List<String> segments) {
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }
}
