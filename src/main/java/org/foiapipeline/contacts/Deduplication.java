package org.foiapipeline.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One contact per (agency, jurisdiction, kind, date) in a document, the earliest-page one kept. An undated
 * contact is dropped when the same (agency, jurisdiction, kind) has a dated one, and plain correspondence
 * ({@code other}) is dropped when the same pair on the same date has a more telling kind.
 */
final class Deduplication {
  private Deduplication() {}

  static List<Contact> apply(List<Contact> found) {
    List<Contact> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Contact::page));
    Map<List<Object>, Contact> byKey = new LinkedHashMap<>();
    for (Contact c : sorted) {
      byKey.putIfAbsent(List.of(c.agency(), c.jurisdiction(), c.kind(), c.date()), c);
    }
    List<Contact> kept = new ArrayList<>(byKey.values());
    kept.removeIf(c -> c.date().isEmpty() && kept.stream().anyMatch(o -> sameKind(c, o) && o.date().isPresent()));
    kept.removeIf(c -> c.kind() == ContactKind.OTHER && kept.stream().anyMatch(o -> samePairAndDate(c, o) && o.kind() != ContactKind.OTHER));
    return List.copyOf(kept);
  }

  private static boolean sameKind(Contact a, Contact b) {
    return a.agency().equals(b.agency()) && a.jurisdiction().equals(b.jurisdiction()) && a.kind() == b.kind();
  }

  private static boolean samePairAndDate(Contact a, Contact b) {
    return a.agency().equals(b.agency()) && a.jurisdiction().equals(b.jurisdiction()) && Objects.equals(a.date(), b.date());
  }
}
