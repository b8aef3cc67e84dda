package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores near-duplicate groups pairwise: every two matched documents that gold puts in one {@code
 * duplicate_group} are a gold pair, every two that the output puts in one group an output pair. Only
 * documents matched on both sides take part, so a missed document costs its entity and contact scores, not
 * its pairs. Pairs with a scanned document (gold scan kind {@code scanned} or {@code mixed}) are also scored
 * apart.
 */
final class DuplicateScorer {
  private final int misses;
  private final List<DocumentPair> pairs = new ArrayList<>();

  DuplicateScorer(int misses) {
    this.misses = misses;
  }

  void add(DocumentPair pair) {
    if (pair.matched()) {
      pairs.add(pair);
    }
  }

  DuplicateScore score() {
    long[] all = new long[3];
    long[] scanned = new long[3];
    List<String> missed = new ArrayList<>();
    Set<String> goldGroups = new HashSet<>();
    Set<String> outputGroups = new HashSet<>();
    for (int i = 0; i < pairs.size(); i++) {
      DocumentPair a = pairs.get(i);
      remember(a, goldGroups, outputGroups);
      for (int j = i + 1; j < pairs.size(); j++) {
        DocumentPair b = pairs.get(j);
        boolean gold = same(a.gold().duplicateGroup(), b.gold().duplicateGroup());
        boolean output = same(a.output().duplicateGroup(), b.output().duplicateGroup());
        if (!gold && !output) {
          continue;
        }
        int slot = gold && output ? 0 : output ? 1 : 2;
        all[slot]++;
        if (isScanned(a) || isScanned(b)) {
          scanned[slot]++;
        }
        if (slot != 0 && missed.size() < misses) {
          missed.add((gold ? "missed " : "false ") + a.label() + " ~ " + b.label());
        }
      }
    }
    return new DuplicateScore(SetScore.of(all[0], all[1], all[2]), SetScore.of(scanned[0], scanned[1], scanned[2]),
        goldGroups.size(), outputGroups.size(), missed);
  }

  private static void remember(DocumentPair p, Set<String> gold, Set<String> output) {
    if (p.gold().duplicateGroup() != null) {
      gold.add(p.gold().duplicateGroup());
    }
    if (p.output().duplicateGroup() != null) {
      output.add(p.output().duplicateGroup());
    }
  }

  private static boolean same(String a, String b) {
    return a != null && Objects.equals(a, b);
  }

  private static boolean isScanned(DocumentPair p) {
    return p.kind().equals("scanned") || p.kind().equals("mixed");
  }
}
