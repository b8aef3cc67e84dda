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
    UnionFind groups = new UnionFind();
    Set<Long> verified = new HashSet<>();
    for (int band = 0; band < BANDS; band++) {
      for (int[] bucket : buckets(sigs, band)) {
        for (int[] pair : pairs(bucket, sigs, weights)) {
          int a = pair[0];
          int b = pair[1];
          // A pair met in another band was verified there already; a pair already joined needs no check.
          if (!groups.find(ids[a]).equals(groups.find(ids[b])) && verified.add((long) a * ids.length + b)
              && !parts[a].differs(parts[b]) && same(sigs[a], sigs[b], weights)) {
            groups.join(ids[a], ids[b]);
          }
        }
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
   * Candidate pairs of a bucket, smaller index first. A big bucket (documents from one template share most of
   * their bigrams) is not paired all with all: a pair can only verify when it shares a key that weighs
   * something, or when neither side has one, so members are paired only within those sub-buckets.
   */
  static List<int[]> pairs(int[] bucket, Signature[] sigs, KeyWeights weights) {
    if (bucket.length <= BIG_BUCKET) {
      return allPairs(bucket);
    }
    Map<Integer, IntList> byKey = new HashMap<>();
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
    List<int[]> out = new ArrayList<>(allPairs(keyless.toArray()));
    byKey.values().forEach(sub -> out.addAll(allPairs(sub.toArray())));
    return out;
  }

  private static List<int[]> allPairs(int[] members) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      for (int j = i + 1; j < members.length; j++) {
        out.add(new int[] {Math.min(members[i], members[j]), Math.max(members[i], members[j])});
      }
    }
    return out;
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
