package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The order document and page kinds are reported in: the known ones first, then any other. */
final class Kinds {
  static final List<String> KNOWN = List.of("digital", "scanned", "mixed", "unknown");

  private Kinds() {}

  static List<String> ordered(Collection<String> kinds) {
    List<String> ordered = new ArrayList<>();
    KNOWN.stream().filter(kinds::contains).forEach(ordered::add);
    kinds.stream().filter(k -> !KNOWN.contains(k)).sorted().forEach(ordered::add);
    return ordered;
  }
}
