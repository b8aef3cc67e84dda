package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;

/**
 * Scores near-duplicate groups pairwise over units: a file of one document is one unit (its group is the
 * file's {@code duplicate_group}), each logical document of a file of several is one (its entry's
 * {@code duplicate_group}). Every gold unit of a matched file is mapped to the output unit that shares most
 * of its pages, and takes that unit's group; two gold units in one gold group are a gold pair, two whose
 * output units are in one output group an output pair. A letter released alone and again inside a merged
 * release is a pair only here: the file-level score ({@link DuplicateScorer}) sees two different files.
 */
final class UnitDuplicateScorer {
  private final int misses;
  private final List<Unit> units = new ArrayList<>();

  /** A gold unit: its label, the gold group and the group of the output unit it maps to (null: none). */
  private record Unit(String label, String gold, String output, boolean scanned) {}

  UnitDuplicateScorer(int misses) {
    this.misses = misses;
  }

  void add(DocumentPair pair) {
    if (!pair.matched()) {
      return;
    }
    List<Range> output = ranges(pair.output());
    for (Range g : ranges(pair.gold())) {
      Range best = null;
      int most = 0;
      for (Range o : output) {
        int shared = Math.min(g.end(), o.end()) - Math.max(g.start(), o.start()) + 1;
        if (shared > most) {
          most = shared;
          best = o;
        }
      }
      String label = pair.label() + (g.whole() ? "" : " p." + g.start() + "-" + g.end());
      units.add(new Unit(label, g.group(), best == null ? null : best.group(), scanned(pair.gold(), g)));
    }
  }

  /** A unit of a record: its pages and group. */
  private record Range(int start, int end, String group, boolean whole) {}

  private static List<Range> ranges(DocumentRecord r) {
    List<LogicalRecord> logical = r.logicalDocuments();
    if (logical == null || logical.size() < 2) {
      return List.of(new Range(1, Math.max(1, r.pages()), r.duplicateGroup(), true));
    }
    return logical.stream().map(l -> new Range(l.start(), l.end(), l.duplicateGroup(), false)).toList();
  }

  private static boolean scanned(DocumentRecord gold, Range g) {
    List<String> kinds = gold.pageKinds();
    if (kinds == null) {
      return false;
    }
    for (int p = g.start(); p <= g.end() && p <= kinds.size(); p++) {
      if ("scanned".equals(kinds.get(p - 1))) {
        return true;
      }
    }
    return false;
  }

  DuplicateScore score() {
    Set<Long> gold = pairs(true);
    Set<Long> output = pairs(false);
    long[] all = new long[3];
    long[] scanned = new long[3];
    List<String> missed = new ArrayList<>();
    Set<Long> every = new HashSet<>(gold);
    every.addAll(output);
    every.stream().sorted().forEach(p -> {
      int slot = gold.contains(p) && output.contains(p) ? 0 : output.contains(p) ? 1 : 2;
      Unit a = units.get((int) (p / units.size()));
      Unit b = units.get((int) (p % units.size()));
      all[slot]++;
      scanned[slot] += a.scanned() || b.scanned() ? 1 : 0;
      if (slot != 0 && missed.size() < misses) {
        missed.add((slot == 2 ? "missed " : "false ") + a.label() + " ~ " + b.label());
      }
    });
    return new DuplicateScore(SetScore.of(all[0], all[1], all[2]), SetScore.of(scanned[0], scanned[1], scanned[2]),
        groups(true), groups(false), missed);
  }

  /** Pairs of unit indexes (i < j, as i * n + j) in one group: gold's or the output's. */
  private Set<Long> pairs(boolean gold) {
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      String g = gold ? units.get(i).gold() : units.get(i).output();
      if (g != null) {
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> out = new HashSet<>();
    for (List<Integer> members : groups.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          out.add((long) members.get(i) * units.size() + members.get(j));
        }
      }
    }
    return out;
  }

  private int groups(boolean gold) {
    Set<String> out = new HashSet<>();
    for (Unit u : units) {
      String g = gold ? u.gold() : u.output();
      if (g != null) {
        out.add(g);
      }
    }
    return out.size();
  }
}
