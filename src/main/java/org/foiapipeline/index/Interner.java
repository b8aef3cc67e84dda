package org.foiapipeline.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings to dense ids and back, for as long as the view lives. Thread-safe. */
final class Interner {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  synchronized int id(String s) {
    return ids.computeIfAbsent(s, k -> {
      names.add(k);
      return names.size() - 1;
    });
  }

  synchronized int find(String s) {
    return ids.getOrDefault(s, -1);
  }

  synchronized int size() {
    return names.size();
  }

  synchronized String name(int id) {
    return names.get(id);
  }
}
