package org.foiapipeline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups near-duplicate documents from their signatures, in two steps:
 *
 * <ol>
 *   <li>candidates by locality-sensitive hashing: the MinHash is cut into {@value #BANDS} bands of {@value
 *       #ROWS} values, and two documents that agree on all values of any band are candidates (98 % likely at
 *       a shingle similarity of 0.45, 68 % at 0.3, 5 % at 0.1);
 *   <li>a candidate pair is a duplicate when its estimated shingle similarity is at least {@link
 *       Thresholds#shingles()} and its keys (entities and dates, weighted by rarity) agree ({@link
 *       Thresholds#keys()}): two 287(g) agreements from one template share most of their text but not their
 *       county, sheriff and dates, while a re-release keeps them whatever it redacts or misreads.
 * </ol>
 *
 * Pairs are joined transitively; a group's id is the smallest document id in it, so the result depends only
 * on the set of signatures, never on the order in which documents arrived. Thread-safe.
 */
public final class DuplicateFinder {
  static final int ROWS = 3;
  static final int BANDS = Signer.HASHES / ROWS;

  /**
   * @param shingles least estimated Jaccard similarity of the word bigrams
   * @param keys least agreement of the keys (see {@link KeyWeights#similarity})
   * @param keysless least shingle similarity for two documents neither of which has a key to go by
   */
  public record Thresholds(double shingles, double keys, double keysless) {
    public static final Thresholds DEFAULT = new Thresholds(0.3, 0.5, 0.8);
  }

  private final Thresholds thresholds;

  public DuplicateFinder(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  public DuplicateFinder() {
    this(Thresholds.DEFAULT);
  }

  /**
   * Groups of two or more near-duplicate documents.
   *
   * @param signatures document id to its signature (documents with an empty signature are never grouped)
   * @return document id to its group id, only for documents that have at least one near-duplicate
   */
  public Map<String, String> groups(Map<String, Signature> signatures) {
    Map<String, Signature> docs = new TreeMap<>();
    signatures.forEach((id, s) -> {
      if (!s.isEmpty()) {
        docs.put(id, s);
      }
    });
    KeyWeights weights = KeyWeights.of(docs.values());
    UnionFind groups = new UnionFind();
    for (List<String> pair : candidates(docs)) {
      Signature a = docs.get(pair.get(0));
      Signature b = docs.get(pair.get(1));
      if (same(a, b, weights)) {
        groups.join(pair.get(0), pair.get(1));
      }
    }
    return groups.nonSingletons();
  }

  /** Duplicates: shingles alike, and keys that agree (or, with no keys to go by, shingles nearly equal). */
  private boolean same(Signature a, Signature b, KeyWeights weights) {
    double shingles = a.similarity(b);
    if (shingles < thresholds.shingles()) {
      return false;
    }
    double keys = weights.similarity(a, b);
    return Double.isNaN(keys) ? shingles >= thresholds.keysless() : keys >= thresholds.keys();
  }

  /** Pairs (smaller id first) that share a whole band. */
  static Set<List<String>> candidates(Map<String, Signature> docs) {
    Set<List<String>> pairs = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      Map<List<Integer>, List<String>> buckets = new HashMap<>();
      for (var e : docs.entrySet()) {
        List<Integer> key = new ArrayList<>(ROWS);
        for (int r = 0; r < ROWS; r++) {
          key.add(e.getValue().value(band * ROWS + r));
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
      }
      for (List<String> bucket : buckets.values()) {
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            pairs.add(List.of(bucket.get(i), bucket.get(j)));
          }
        }
      }
    }
    return pairs;
  }

  /** Disjoint sets of ids; a set is named by its smallest id. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String id) {
      String p = parent.getOrDefault(id, id);
      if (p.equals(id)) {
        return id;
      }
      String root = find(p);
      parent.put(id, root);
      return root;
    }

    void join(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        String low = ra.compareTo(rb) < 0 ? ra : rb;
        String high = low.equals(ra) ? rb : ra;
        parent.put(high, low);
        parent.putIfAbsent(low, low);
      }
    }

    Map<String, String> nonSingletons() {
      Map<String, String> out = new TreeMap<>();
      for (String id : List.copyOf(parent.keySet())) {
        out.put(id, find(id));
      }
      return out;
    }
  }
}
