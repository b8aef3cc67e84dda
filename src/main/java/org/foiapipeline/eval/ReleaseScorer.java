package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.DocumentRecord.MessageRecord;

/**
 * Scores logical documents and threads of merged releases: only gold files that list logical documents
 * count; an output file without the list is one logical document (no boundary, no thread). Never throws on
 * odd records.
 */
public final class ReleaseScorer {
  private final int limit;
  private final Map<String, long[]> boundaries = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();
  private long pairTp;
  private long pairFp;
  private long pairFn;
  private long messagesFound;
  private long messages;
  private long datesRight;
  private long kindsRight;
  private long documents;
  private int releases;

  private ReleaseScorer(int limit) {
    this.limit = limit;
    for (String kind : List.of("all", "digital", "scanned", "mixed")) {
      boundaries.put(kind, new long[3]);
    }
  }

  /** @param misses how many boundary misses to list */
  public static ReleaseScore score(List<DocumentRecord> gold, List<DocumentRecord> output, int misses) {
    ReleaseScorer scorer = new ReleaseScorer(misses);
    for (DocumentPair pair : new DocumentMatcher(output).pair(gold)) {
      if (pair.gold().logicalDocuments() != null && pair.matched()) {
        scorer.add(pair);
      }
    }
    return scorer.result();
  }

  private void add(DocumentPair pair) {
    releases++;
    List<LogicalRecord> gold = pair.gold().logicalDocuments();
    List<LogicalRecord> out = Objects.requireNonNullElse(pair.output().logicalDocuments(), List.of());
    boundaries(pair, starts(gold), starts(out));
    threads(gold, out);
    for (LogicalRecord g : gold) {
      LogicalRecord o = out.stream().filter(x -> x.start() == g.start()).findFirst().orElse(null);
      documents++;
      datesRight += o != null && Objects.equals(o.date(), g.date()) ? 1 : 0;
      kindsRight += o != null && Objects.equals(o.kind(), g.kind()) ? 1 : 0;
      messages(g, out);
    }
  }

  private static Set<Integer> starts(List<LogicalRecord> docs) {
    Set<Integer> out = new HashSet<>();
    docs.stream().map(LogicalRecord::start).filter(s -> s > 1).forEach(out::add);
    return out;
  }

  private void boundaries(DocumentPair pair, Set<Integer> gold, Set<Integer> out) {
    long[] counts = new long[3];
    for (int page : gold) {
      counts[out.contains(page) ? 0 : 2]++;
      miss(!out.contains(page), pair.label() + ": - p." + page);
    }
    for (int page : out) {
      if (!gold.contains(page)) {
        counts[1]++;
      }
      miss(!gold.contains(page), pair.label() + ": + p." + page);
    }
    for (String kind : List.of("all", pair.kind())) {
      long[] total = boundaries.computeIfAbsent(kind, k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        total[i] += counts[i];
      }
    }
  }

  private void miss(boolean missed, String label) {
    if (missed && misses.size() < limit) {
      misses.add(label);
    }
  }

  /** Pairwise: two gold email documents of one thread should get the same output thread, and no others. */
  private void threads(List<LogicalRecord> gold, List<LogicalRecord> out) {
    List<LogicalRecord> emails = gold.stream().filter(g -> g.thread() != null).toList();
    for (int i = 0; i < emails.size(); i++) {
      for (int j = i + 1; j < emails.size(); j++) {
        boolean same = emails.get(i).thread().equals(emails.get(j).thread());
        String a = threadAt(out, emails.get(i).start());
        String b = threadAt(out, emails.get(j).start());
        boolean predicted = a != null && a.equals(b);
        pairTp += same && predicted ? 1 : 0;
        pairFp += !same && predicted ? 1 : 0;
        pairFn += same && !predicted ? 1 : 0;
      }
    }
  }

  private static String threadAt(List<LogicalRecord> out, int page) {
    return out.stream().filter(o -> o.start() <= page && page <= o.end()).map(LogicalRecord::thread)
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private void messages(LogicalRecord g, List<LogicalRecord> out) {
    if (g.messages() == null) {
      return;
    }
    List<MessageRecord> found = out.stream().filter(o -> o.messages() != null).flatMap(o -> o.messages().stream())
        .toList();
    for (MessageRecord m : g.messages()) {
      messages++;
      messagesFound += found.stream().anyMatch(f -> f.page() == m.page() && Objects.equals(f.date(), m.date())) ? 1 : 0;
    }
  }

  private ReleaseScore result() {
    Map<String, SetScore> scores = new LinkedHashMap<>();
    boundaries.forEach((kind, c) -> scores.put(kind, SetScore.of(c[0], c[1], c[2])));
    return new ReleaseScore(releases, scores, SetScore.of(pairTp, pairFp, pairFn), Accuracy.of(messagesFound, messages),
        Accuracy.of(datesRight, documents), Accuracy.of(kindsRight, documents), misses);
  }
}
