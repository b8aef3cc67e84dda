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
  /** Buckets larger than this are paired only among members that share a key (see {@link #pairs}). */
  static final int BIG_BUCKET = 64;

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
    return groups(signatures, Map.of());
  }

  /**
   * As {@link #groups(Map)}, where documents may also say what they print as an email chain: two documents
   * that are surely different printings of a chain ({@link Printing#differs}) are never duplicates; a document
   * without a printing (not an email chain) is compared as usual.
   *
   * @param printings document id to its printing (absent: {@link Printing#NONE})
   */
  public Map<String, String> groups(Map<String, Signature> signatures, Map<String, Printing> printings) {
    Map<String, Signature> docs = new TreeMap<>();
    signatures.forEach((id, s) -> {
      if (!s.isEmpty()) {
        docs.put(id, s);
      }
    });
    String[] ids = docs.keySet().toArray(String[]::new);
    Signature[] sigs = docs.values().toArray(Signature[]::new);
    Printing[] parts = new Printing[ids.length];
    for (int i = 0; i < ids.length; i++) {
      parts[i] = printings.getOrDefault(ids[i], Printing.NONE);
    }
    KeyWeights weights = KeyWeights.of(docs.values());
    Groups groups = new Groups(sigs, weights);
    for (int band = 0; band < BANDS; band++) {
      int current = band;
      for (int[] bucket : buckets(sigs, band)) {
        pairs(bucket, sigs, weights, (a, b) -> {
          // Each pair is checked once: in the first band it agrees on, and there under its smallest shared key.
          if (!agreeBefore(sigs[a], sigs[b], current) && groups.find(a) != groups.find(b)
              && !parts[a].differs(parts[b]) && same(sigs[a], sigs[b], weights)) {
            groups.join(a, b);
          }
        });
      }
    }
    return groups.nonSingletons(ids);
  }

  /** A candidate pair of signature indexes, smaller first. */
  interface PairSink {
    void pair(int a, int b);
  }

  /** Whether two signatures agree on every value of a band before {@code band}: they were candidates there. */
  static boolean agreeBefore(Signature a, Signature b, int band) {
    for (int earlier = 0; earlier < band; earlier++) {
      boolean all = true;
      for (int r = 0; r < ROWS && all; r++) {
        all = a.value(earlier * ROWS + r) == b.value(earlier * ROWS + r);
      }
      if (all) {
        return true;
      }
    }
    return false;
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

  /**
   * Indexes (ascending) of the signatures that agree on every value of one band, for buckets of two or more.
   * The band's values are folded into one long: a collision only adds a candidate that verification drops.
   */
  static List<int[]> buckets(Signature[] sigs, int band) {
    Map<Long, IntList> buckets = new HashMap<>();
    for (int i = 0; i < sigs.length; i++) {
      long key = band;
      for (int r = 0; r < ROWS; r++) {
        key = key * 0x9E3779B97F4A7C15L + sigs[i].value(band * ROWS + r);
      }
      buckets.computeIfAbsent(key, k -> new IntList()).add(i);
    }
    List<int[]> out = new ArrayList<>();
    buckets.values().forEach(b -> {
      if (b.size > 1) {
        out.add(b.toArray());
      }
    });
    return out;
  }

  /**
   * Candidate pairs of a bucket, smaller index first, handed to {@code sink} one by one (a bucket of
   * thousands makes millions of pairs: none is kept). A big bucket (documents from one template share most
   * of their bigrams) is not paired all with all: a pair can only verify when it shares a key that weighs
   * something, or when neither side has one, so members are paired only within those sub-buckets, and a
   * pair sharing several keys only under the smallest.
   */
  static void pairs(int[] bucket, Signature[] sigs, KeyWeights weights, PairSink sink) {
    if (bucket.length <= BIG_BUCKET) {
      allPairs(bucket, sink);
      return;
    }
    Map<Integer, IntList> byKey = new TreeMap<>();
    IntList keyless = new IntList();
    for (int i : bucket) {
      boolean any = false;
      for (int k : sigs[i].keysView()) {
        if (weights.weight(k) > 0) {
          byKey.computeIfAbsent(k, x -> new IntList()).add(i);
          any = true;
        }
      }
      if (!any) {
        keyless.add(i);
      }
    }
    allPairs(keyless.toArray(), sink);
    byKey.forEach((key, sub) -> allPairs(sub.toArray(), (a, b) -> {
      if (!shareSmallerKey(sigs[a], sigs[b], key, weights)) {
        sink.pair(a, b);
      }
    }));
  }

  /** Whether two signatures share a weighing key smaller than {@code key} (their pair was handed on there). */
  private static boolean shareSmallerKey(Signature a, Signature b, int key, KeyWeights weights) {
    int[] x = a.keysView();
    int[] y = b.keysView();
    for (int i = 0, j = 0; i < x.length && j < y.length && x[i] < key && y[j] < key; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (y[j] < x[i]) {
        j++;
      } else if (weights.weight(x[i]) > 0) {
        return true;
      } else {
        i++;
        j++;
      }
    }
    return false;
  }

  private static void allPairs(int[] members, PairSink sink) {
    for (int i = 0; i < members.length; i++) {
      for (int j = i + 1; j < members.length; j++) {
        sink.pair(Math.min(members[i], members[j]), Math.max(members[i], members[j]));
      }
    }
  }

  /** A growable list of ints: buckets hold indexes, not boxed ids. */
  private static final class IntList {
    int[] values = new int[2];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  /**
   * Disjoint sets of signature indexes; a set is named by its smallest index (the smallest id, ids being
   * sorted). Each set keeps the counties and places and the dates its members name (keys that weigh
   * something), and two sets are not joined when both name places and share none, or both give dates and
   * share none: without it, a page with few keys (one county, no date) joins every letter of its template to
   * that county, whatever their dates, and chains of such pairs make groups of different documents.
   */
  private static final class Groups {
    private final int[] parent;
    private final int[][] places;
    private final int[][] days;

    Groups(Signature[] sigs, KeyWeights weights) {
      parent = new int[sigs.length];
      places = new int[sigs.length][];
      days = new int[sigs.length][];
      for (int i = 0; i < sigs.length; i++) {
        parent[i] = i;
        places[i] = weighing(sigs[i], Signature.PLACE, weights);
        days[i] = weighing(sigs[i], Signature.DAY, weights);
      }
    }

    private static int[] weighing(Signature s, int kind, KeyWeights weights) {
      return java.util.stream.IntStream.of(s.keysView()).filter(k -> Signature.kind(k) == kind && weights.weight(k) > 0).toArray();
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins the sets of {@code a} and {@code b} unless their places or dates tell them apart. */
    void join(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb || apart(places[ra], places[rb]) || apart(days[ra], days[rb])) {
        return;
      }
      int low = Math.min(ra, rb);
      int high = Math.max(ra, rb);
      parent[high] = low;
      places[low] = union(places[low], places[high]);
      days[low] = union(days[low], days[high]);
      places[high] = null;
      days[high] = null;
    }

    /** Both name some, and none in common (both sorted). */
    private static boolean apart(int[] x, int[] y) {
      if (x.length == 0 || y.length == 0) {
        return false;
      }
      for (int i = 0, j = 0; i < x.length && j < y.length; ) {
        if (x[i] == y[j]) {
          return false;
        }
        if (x[i] < y[j]) {
          i++;
        } else {
          j++;
        }
      }
      return true;
    }

    private static int[] union(int[] x, int[] y) {
      return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(x), java.util.stream.IntStream.of(y))
          .sorted().distinct().toArray();
    }

    Map<String, String> nonSingletons(String[] ids) {
      int[] size = new int[parent.length];
      for (int i = 0; i < parent.length; i++) {
        size[find(i)]++;
      }
      Map<String, String> out = new TreeMap<>();
      for (int i = 0; i < parent.length; i++) {
        if (size[find(i)] > 1) {
          out.put(ids[i], ids[find(i)]);
        }
      }
      return out;
    }
  }
}
