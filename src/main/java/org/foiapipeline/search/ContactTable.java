package org.foiapipeline.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.resolve.EntityNames;

/** Rolls contacts up to one row per jurisdiction, most contacts first. */
public final class ContactTable {
  private ContactTable() {}

  public static List<JurisdictionRow> byJurisdiction(List<ContactRow> contacts, EntityNames names) {
    Map<String, List<ContactRow>> groups = new TreeMap<>();
    contacts.forEach(c -> groups.computeIfAbsent(c.jurisdiction(), k -> new ArrayList<>()).add(c));
    List<JurisdictionRow> rows = new ArrayList<>();
    groups.forEach((id, list) -> rows.add(row(id, list, names)));
    rows.sort((a, b) -> a.contacts() != b.contacts() ? Integer.compare(b.contacts(), a.contacts()) : a.name().compareTo(b.name()));
    return rows;
  }

  private static JurisdictionRow row(String id, List<ContactRow> list, EntityNames names) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (ContactKind k : ContactKind.values()) {
      kinds.put(k.label(), 0);
    }
    Set<String> documents = new HashSet<>();
    String first = "";
    String last = "";
    for (ContactRow c : list) {
      kinds.merge(c.kind(), 1, Integer::sum);
      documents.add(c.docId());
      if (!c.date().isEmpty()) {
        first = first.isEmpty() || c.date().compareTo(first) < 0 ? c.date() : first;
        last = last.isEmpty() || c.date().compareTo(last) > 0 ? c.date() : last;
      }
    }
    String fips = id.startsWith("county:") ? id.substring("county:".length()) : "";
    return new JurisdictionRow(id, names.name(id), names.state(id), fips, first, last, list.size(), kinds, documents.size());
  }
}
