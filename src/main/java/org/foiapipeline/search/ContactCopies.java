package org.foiapipeline.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    return collapse(contacts, c -> groups.get(c.docId()), ContactRow::docId);
  }

  /**
   * The one way contacts are counted once: rows of the same group with the same agency, jurisdiction, kind
   * and date are one contact, the n-th alike row of one release (its {@code release}) pairing with the n-th
   * of another. A row without a group is its own contact.
   */
  private static List<Counted> collapse(List<ContactRow> contacts, Function<ContactRow, String> groupOf,
      Function<ContactRow, String> releaseOf) {
    List<List<ContactRow>> byFirst = new ArrayList<>();
    Map<List<String>, List<ContactRow>> byKey = new HashMap<>();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (ContactRow c : contacts) {
      String group = groupOf.apply(c);
      if (group == null) {
        byFirst.add(List.of(c)); // a release without other copies: each of its rows is its own contact
        continue;
      }
      // Alike rows of one release are distinct contacts (two inquiries on one day): the n-th of them in one
      // release is the same contact as the n-th in another.
      String what = String.join("|", c.agency(), c.jurisdiction(), c.kind(), c.date());
      int nth = seen.merge(List.of(releaseOf.apply(c), what), 1, Integer::sum);
      List<ContactRow> rows = byKey.computeIfAbsent(List.of(group, Integer.toString(nth), what), k -> new ArrayList<>());
      if (rows.isEmpty()) {
        byFirst.add(rows);
      }
      rows.add(c);
    }
    List<Counted> out = new ArrayList<>(byFirst.size());
    for (List<ContactRow> rows : byFirst) {
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
    return collapse(contacts, c -> units.groupAt(c.docId(), c.page()),
        c -> units.unitAt(c.docId(), c.page()).map(DuplicateUnits.Unit::id).orElse(c.docId()));
  }

  /** The rows the table counts, copies found between units: one per distinct contact. */
  public static List<ContactRow> counted(List<ContactRow> contacts, DuplicateUnits units) {
    return collapse(contacts, units).stream().map(Counted::contact).toList();
  }

  /** The rows the table counts: one per distinct contact. */
  public static List<ContactRow> counted(List<ContactRow> contacts, Map<String, String> groups) {
    return collapse(contacts, groups).stream().map(Counted::contact).toList();
  }
}
