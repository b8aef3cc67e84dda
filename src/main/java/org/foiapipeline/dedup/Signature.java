package org.foiapipeline.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What is kept of a page (or of a range of pages) to find its near-duplicates: a MinHash of its word
 * shingles and the hashes of its distinctive words. Signatures of pages merge into the signature of the pages
 * together ({@link #merge}), in any order: the MinHash of a union is the element-wise minimum, so a file, or a
 * logical document given by a page range, gets its signature from its pages' without reading the text again.
 * Immutable (the arrays are copied in and out).
 *
 * @param minHash {@link Signer#HASHES} minimum hash values, {@link Integer#MAX_VALUE} each when there are no
 *     shingles
 * @param keys sorted distinct hashes of the distinctive words
 */
public record Signature(int[] minHash, int[] keys) {
  /** Key kinds, in the two low bits of a key hash (see {@code Signer.keyHash}). */
  public static final int OTHER = 0;
  public static final int PLACE = 1;
  public static final int DAY = 2;

  /** The kind of a key hash: {@link #PLACE}, {@link #DAY} or {@link #OTHER}. */
  public static int kind(int key) {
    return key & 3;
  }

  public Signature {
    minHash = minHash.clone();
    keys = IntStream.of(keys).sorted().distinct().toArray();
  }

  @Override
  public int[] minHash() {
    return minHash.clone();
  }

  @Override
  public int[] keys() {
    return keys.clone();
  }

  /** The signature of a page with no words. */
  public static Signature empty() {
    int[] none = new int[Signer.HASHES];
    Arrays.fill(none, Integer.MAX_VALUE);
    return new Signature(none, new int[0]);
  }

  /** True when the text had no shingles: such a page is nobody's duplicate. */
  public boolean isEmpty() {
    return IntStream.of(minHash).allMatch(v -> v == Integer.MAX_VALUE);
  }

  /** The signature of both texts together. */
  public Signature merge(Signature other) {
    int[] min = new int[minHash.length];
    for (int i = 0; i < min.length; i++) {
      min[i] = Math.min(minHash[i], other.minHash[i]);
    }
    return new Signature(min, IntStream.concat(IntStream.of(keys), IntStream.of(other.keys)).toArray());
  }

  /** Estimated Jaccard similarity of the two shingle sets: the share of equal MinHash values. */
  public double similarity(Signature other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < minHash.length; i++) {
      same += minHash[i] == other.minHash[i] ? 1 : 0;
    }
    return same / (double) minHash.length;
  }

  /** Value {@code i} of the MinHash, without copying. */
  int value(int i) {
    return minHash[i];
  }

  int[] keysView() {
    return keys;
  }

  /**
   * A compact binary form for storing: MinHash length, values, key count, keys. The key count is stored as
   * {@code -(count + 1)}: keys carrying their kind; a signature stored before keys had kinds has a plain
   * count.
   */
  public byte[] toBytes() {
    ByteBuffer b = ByteBuffer.allocate(8 + 4 * (minHash.length + keys.length));
    b.putInt(minHash.length);
    IntStream.of(minHash).forEach(b::putInt);
    b.putInt(-(keys.length + 1));
    IntStream.of(keys).forEach(b::putInt);
    return b.array();
  }

  /**
   * Reads {@link #toBytes()} output.
   *
   * @throws IllegalArgumentException when the bytes are not a signature
   */
  public static Signature fromBytes(byte[] bytes) {
    try {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      int[] min = new int[b.getInt()];
      for (int i = 0; i < min.length; i++) {
        min[i] = b.getInt();
      }
      int count = b.getInt();
      boolean kinds = count < 0;
      int[] keys = new int[kinds ? -count - 1 : count];
      for (int i = 0; i < keys.length; i++) {
        // keys stored before they had kinds carry chance bits there: read as OTHER, they never hold groups apart
        keys[i] = kinds ? b.getInt() : (b.getInt() & ~3) | OTHER;
      }
      return new Signature(min, keys);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a stored page signature (" + bytes.length + " bytes)", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && Arrays.equals(minHash, s.minHash) && Arrays.equals(keys, s.keys);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minHash) + Arrays.hashCode(keys);
  }

  @Override
  public String toString() {
    return "Signature[" + minHash.length + " hashes, " + keys.length + " keys]";
  }
}
