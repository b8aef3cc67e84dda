package org.foiapipeline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.ContactTally;
import org.foiapipeline.index.DuplicateUnits;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.EntityNames;

/** Rolls contacts up to one row per jurisdiction, most contacts first. */
public final class ContactTable {
  private ContactTable() {}

  public static List<JurisdictionRow> byJurisdiction(List<ContactRow> contacts, EntityNames names) {
    return rows(ContactTally.of(contacts), names);
  }

  /** As {@link #byJurisdiction(List, EntityNames)}, counting a document's near-duplicate releases as one document. */
  public static List<JurisdictionRow> byJurisdiction(List<ContactRow> contacts, Map<String, String> groups, EntityNames names) {
    return rows(ContactTally.of(contacts, groups), names);
  }

  /**
   * The table {@code foia contacts} shows: the contacts that pass the filters by jurisdiction, each counted
   * once however many near-duplicate releases record it, and a document's releases counted as one document
   * (unless {@code countCopies}). Contacts of documents
   * without near-duplicates are tallied in the index, by number; only the others are read as rows.
   */
  public static List<JurisdictionRow> table(IndexReaderPort view, Filters filters, boolean countCopies, EntityNames names)
      throws IOException {
    Map<String, String> groups = countCopies ? Map.of() : view.duplicateGroups();
    DuplicateUnits units = countCopies ? DuplicateUnits.NONE : view.duplicateUnits();
    // a file whose logical documents have copies is read as rows too, so its contacts fold into their units'
    Set<String> grouped = new HashSet<>(groups.keySet());
    grouped.addAll(units.groupedFiles());
    ContactTally.Split split = view.contactTallies(filters, grouped);
    Map<String, ContactTally> all = new HashMap<>();
    split.tallies().forEach(t -> all.merge(t.jurisdiction(), t, ContactTally::plus));
    ContactTally.of(ContactCopies.counted(split.grouped(), units), groups).forEach(t -> all.merge(t.jurisdiction(), t, ContactTally::plus));
    return rows(all.values(), names);
  }

  private static List<JurisdictionRow> rows(Collection<ContactTally> tallies, EntityNames names) {
    List<JurisdictionRow> rows = new ArrayList<>(tallies.size());
    for (ContactTally t : tallies) {
      Map<String, Integer> byKind = new LinkedHashMap<>();
      for (ContactKind k : ContactKind.values()) {
        byKind.put(k.label(), t.kinds()[k.ordinal()]);
      }
      String id = t.jurisdiction();
      String fips = id.startsWith("county:") ? id.substring("county:".length()) : "";
      rows.add(new JurisdictionRow(id, names.name(id), names.state(id), fips, t.first(), t.last(), t.contacts(), byKind, t.documents()));
    }
    rows.sort((a, b) -> a.contacts() != b.contacts() ? Integer.compare(b.contacts(), a.contacts()) : a.name().compareTo(b.name()));
    return rows;
  }
}
