package org.foiapipeline.dedup;

import java.util.Collection;
import java.util.List;

/**
 * Computes the {@link Signature} of a page: a MinHash of {@value #HASHES} values over word bigrams of the
 * normalised text ({@link DedupText}), and the hashes of its keys (entities and dates). Bigrams rather than longer
 * shingles because an OCR error spoils every shingle that holds the misread word: with two words per
 * shingle a scanned copy keeps most of them. Thread-safe.
 */
public final class Signer {
  /** MinHash values per signature. */
  public static final int HASHES = 128;

  private final DedupText text = new DedupText();
  private final long[] seeds = seeds();

  private static long[] seeds() {
    long[] out = new long[HASHES];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + i);
      out[i] = s;
    }
    return out;
  }

  /**
   * The signature of one page.
   *
   * @param pageText the page's text (null or blank: an empty signature)
   * @param keys what tells this page from another made from the same template: the ids of the entities it
   *     names and the dates it gives, in any form, as long as every release of the page yields the same ones
   */
  public Signature sign(String pageText, Collection<String> keys) {
    int[] min = Signature.empty().minHash();
    for (long h : shingles(text.words(pageText == null ? "" : pageText))) {
      for (int i = 0; i < HASHES; i++) {
        int v = (int) (mix(h ^ seeds[i]) >>> 33);
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    return new Signature(min, keys.stream().mapToInt(Signer::keyHash).toArray());
  }

  /**
   * A key's hash, its kind in the two low bits ({@link Signature#PLACE}, {@link Signature#DAY},
   * {@link Signature#OTHER}): two documents naming different counties, or giving different dates, are
   * different documents however alike their template.
   */
  static int keyHash(String key) {
    int kind = key.startsWith("county:") || key.startsWith("place:") ? Signature.PLACE
        : DAY_KEY.matcher(key).matches() ? Signature.DAY : Signature.OTHER;
    return ((int) hash(key) & ~3) | kind;
  }

  private static final java.util.regex.Pattern DAY_KEY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Hashes of the word bigrams (of the one word, for a one-word page). */
  private static long[] shingles(List<String> words) {
    if (words.size() == 1) {
      return new long[] {hash(words.get(0))};
    }
    long[] out = new long[Math.max(0, words.size() - 1)];
    for (int w = 0; w < out.length; w++) {
      out[w] = hash(words.get(w) + ' ' + words.get(w + 1));
    }
    return out;
  }

  /** The signature of pages taken together (a file, or a logical document's page range). */
  public static Signature combine(List<Signature> pages) {
    Signature out = Signature.empty();
    for (Signature p : pages) {
      out = out.merge(p);
    }
    return out;
  }

  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
