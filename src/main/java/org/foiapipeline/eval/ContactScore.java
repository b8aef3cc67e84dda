package org.foiapipeline.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contact scores. A contact is compared as its (agency, jurisdiction) pair within a document.
 *
 * @param pairs precision/recall/F1 of the document-level pair sets
 * @param byKind the same, per document scan kind
 * @param kind over matched pairs: share where an output contact has a kind gold has for the pair
 * @param date over matched pairs: share where an output contact has a date gold has for the pair (both
 *     without a date counts as correct)
 * @param misses the first missed and spurious pairs
 * @param wrongKinds the first matched pairs with a wrong kind
 * @param wrongDates the first matched pairs with a wrong date
 */
public record ContactScore(
    SetScore pairs,
    Map<String, SetScore> byKind,
    Accuracy kind,
    Accuracy date,
    Misses misses,
    List<String> wrongKinds,
    List<String> wrongDates) {
  public ContactScore {
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
    wrongKinds = List.copyOf(wrongKinds);
    wrongDates = List.copyOf(wrongDates);
  }
}
