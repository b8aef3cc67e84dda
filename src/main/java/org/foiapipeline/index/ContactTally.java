package org.foiapipeline.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foiapipeline.contacts.ContactKind;

/**
 * One jurisdiction's contacts counted: how many, how many of each kind (by {@link ContactKind} ordinal), in
 * how many documents (near-duplicate releases of one document counted once where the groups are given),
 * first and last date (ISO, empty when none is dated).
 */
public record ContactTally(String jurisdiction, int contacts, int[] kinds, int documents, String first, String last) {
  private static final ContactKind[] KINDS = ContactKind.values();

  public ContactTally {
    kinds = kinds.clone();
  }

  /** Tallies rows by jurisdiction: the meaning every faster path must keep. */
  public static List<ContactTally> of(List<ContactRow> rows) {
    return of(rows, Map.of());
  }

  /**
   * Tallies rows by jurisdiction, counting the near-duplicate releases of a document as one document.
   *
   * @param groups document id to near-duplicate group id (documents without near-duplicates absent)
   */
  public static List<ContactTally> of(List<ContactRow> rows, Map<String, String> groups) {
    Map<String, List<ContactRow>> byJurisdiction = new HashMap<>();
    rows.forEach(r -> byJurisdiction.computeIfAbsent(r.jurisdiction(), k -> new ArrayList<>()).add(r));
    List<ContactTally> out = new ArrayList<>();
    byJurisdiction.forEach((id, list) -> out.add(tally(id, list, groups)));
    return out;
  }

  private static ContactTally tally(String id, List<ContactRow> rows, Map<String, String> groups) {
    int[] kinds = new int[KINDS.length];
    Set<String> documents = new HashSet<>();
    String first = "";
    String last = "";
    for (ContactRow c : rows) {
      int kind = kind(c.kind());
      if (kind >= 0) {
        kinds[kind]++;
      }
      documents.add(groups.getOrDefault(c.docId(), c.docId()));
      if (!c.date().isEmpty()) {
        first = first.isEmpty() || c.date().compareTo(first) < 0 ? c.date() : first;
        last = last.isEmpty() || c.date().compareTo(last) > 0 ? c.date() : last;
      }
    }
    return new ContactTally(id, rows.size(), kinds, documents.size(), first, last);
  }

  /** The kind's ordinal for a label, -1 for a label no kind has. */
  static int kind(String label) {
    for (int k = 0; k < KINDS.length; k++) {
      if (KINDS[k].label().equals(label)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Both tallies of one jurisdiction together, counted over disjoint sets of documents (so document counts
   * add up).
   */
  public ContactTally plus(ContactTally other) {
    int[] sum = kinds.clone();
    for (int k = 0; k < sum.length; k++) {
      sum[k] += other.kinds[k];
    }
    return new ContactTally(jurisdiction, contacts + other.contacts, sum, documents + other.documents,
        min(first, other.first), max(last, other.last));
  }

  private static String min(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactTally t && jurisdiction.equals(t.jurisdiction) && contacts == t.contacts
        && java.util.Arrays.equals(kinds, t.kinds) && documents == t.documents && first.equals(t.first) && last.equals(t.last);
  }

  @Override
  public int hashCode() {
    return jurisdiction.hashCode() * 31 + contacts;
  }

  /**
   * The tallies of the contacts of documents without near-duplicates, and the rows of the others (to be
   * counted once across their releases before they are tallied).
   */
  public record Split(List<ContactTally> tallies, List<ContactRow> grouped) {
    public Split {
      tallies = List.copyOf(tallies);
      grouped = List.copyOf(grouped);
    }

    /** Splits rows already read (the plain path every engine has). */
    public static Split of(List<ContactRow> rows, Set<String> groupedDocs) {
      List<ContactRow> plain = new ArrayList<>();
      List<ContactRow> grouped = new ArrayList<>();
      rows.forEach(r -> (groupedDocs.contains(r.docId()) ? grouped : plain).add(r));
      return new Split(ContactTally.of(plain), grouped);
    }
  }
}
