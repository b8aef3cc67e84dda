package org.foiapipeline.index;

/** A set of longs without boxing: open addressing, linear probing; the tally adds one per contact. */
final class LongSet {
  private long[] slots = new long[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  /** Adds {@code v}; true when it was not there yet. */
  boolean add(long v) {
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = (int) (mix(v) & mask);
    while (used[i]) {
      if (slots[i] == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    slots[i] = v;
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldSlots = slots;
    boolean[] oldUsed = used;
    slots = new long[oldSlots.length * 2];
    used = new boolean[oldSlots.length * 2];
    size = 0;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldUsed[i]) {
        add(oldSlots[i]);
      }
    }
  }

  private static long mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }
}
