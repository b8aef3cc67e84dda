package org.foiapipeline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.DuplicateUnits;

/**
 * Counts a contact once however many releases of its document were released: contacts of near-duplicate
 * documents with the same agency, jurisdiction, kind and date are one contact, evidenced by every copy.
 */
public final class ContactCopies {
  private ContactCopies() {}

  /**
   * One contact and the same contact as recorded by the other releases of its document.
   *
   * @param contact the first (in table order) of the releases' rows: the one the table counts
   * @param copies the same contact in the other releases, in table order; empty for a single release
   */
  public record Counted(ContactRow contact, List<ContactRow> copies) {
    public Counted {
      copies = List.copyOf(copies);
    }
  }

  /**
   * @param contacts the contact rows, in table order
   * @param groups document id to near-duplicate group id (documents without near-duplicates absent)
   * @return one entry per distinct contact, in the order of its first row
   */
  public static List<Counted> collapse(List<ContactRow> contacts, Map<String, String> groups) {
    Map<List<String>, List<ContactRow>> byKey = new LinkedHashMap<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (ContactRow c : contacts) {
      // Alike rows of one document are distinct contacts (two inquiries on one day): the n-th of them in one
      // release is the same contact as the n-th in another.
      List<String> what = List.of(c.agency(), c.jurisdiction(), c.kind(), c.date());
      int nth = seen.merge(List.of(c.docId(), String.join("|", what)), 1, Integer::sum);
      List<String> key = List.of(groups.getOrDefault(c.docId(), c.docId()), Integer.toString(nth), String.join("|", what));
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Counted> out = new ArrayList<>();
    for (List<ContactRow> rows : byKey.values()) {
      out.add(new Counted(rows.get(0), rows.subList(1, rows.size())));
    }
    return out;
  }

  /**
   * As {@link #collapse(List, Map)}, with copies found between units: a contact is in the unit that holds its
   * page, so a contact of a letter released alone and the same contact on page 15 of a merged release that
   * holds the letter are one. Alike contacts of one unit are distinct, as alike contacts of one document are.
   *
   * @param units the index's near-duplicate units ({@link DuplicateUnits#NONE}: every release counts)
   */
  public static List<Counted> collapse(List<ContactRow> contacts, DuplicateUnits units) {
    Map<List<String>, List<ContactRow>> byKey = new LinkedHashMap<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (ContactRow c : contacts) {
      String what = String.join("|", c.agency(), c.jurisdiction(), c.kind(), c.date());
      String unit = units.unitAt(c.docId(), c.page()).map(DuplicateUnits.Unit::id).orElse(c.docId());
      int nth = seen.merge(List.of(unit, what), 1, Integer::sum);
      byKey.computeIfAbsent(List.of(units.keyAt(c.docId(), c.page()), Integer.toString(nth), what), k -> new ArrayList<>())
          .add(c);
    }
    List<Counted> out = new ArrayList<>();
    for (List<ContactRow> rows : byKey.values()) {
      out.add(new Counted(rows.get(0), rows.subList(1, rows.size())));
    }
    return out;
  }

  /** The rows the table counts: one per distinct contact. */
  public static List<ContactRow> counted(List<ContactRow> contacts, Map<String, String> groups) {
    return collapse(contacts, groups).stream().map(Counted::contact).toList();
  }
}
