package org.foiapipeline.index;

import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * A value worked out once per index version and dropped with it: facet states, ordinals, near-duplicate
 * groups — what every request needs and only a commit changes. Keyed weakly by the reader of that version,
 * so a reopened index frees the old values. A value may be null (nothing to read yet), and is kept as such.
 * Thread-safe: the first request of a version computes, the others wait for it.
 */
final class PerReader<T> {
  /** Works the value out for the version being asked about. */
  interface Loader<T> {
    T load() throws IOException;
  }

  private final Map<IndexReader, T> values = new WeakHashMap<>();

  synchronized T get(IndexReader reader, Loader<T> loader) throws IOException {
    if (!values.containsKey(reader)) {
      values.put(reader, loader.load());
    }
    return values.get(reader);
  }
}
