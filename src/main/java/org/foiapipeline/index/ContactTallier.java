package org.foiapipeline.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.foiapipeline.contacts.ContactKind;

/**
 * One contact table request counted by number: contacts, kinds, distinct documents and first and last day
 * per jurisdiction id ({@link Interner}), with the rows of documents that have near-duplicates set aside to
 * be counted once across their releases.
 */
final class ContactTallier {
  private final int[] contacts;
  private final int[] kinds;
  private final int[] docs;
  private final int[] first;
  private final int[] last;
  private final LongSet pairs = new LongSet();
  private final FixedBitSet groupedDocs;
  private static final int KINDS = ContactKind.values().length;

  /** Rows of documents with near-duplicates, in index order. */
  final List<ContactRow> grouped = new ArrayList<>();

  ContactTallier(int jurisdictions, FixedBitSet groupedDocs) {
    contacts = new int[jurisdictions];
    kinds = new int[jurisdictions * KINDS];
    docs = new int[jurisdictions];
    first = new int[jurisdictions];
    last = new int[jurisdictions];
    Arrays.fill(first, Integer.MAX_VALUE);
    Arrays.fill(last, Integer.MIN_VALUE);
    this.groupedDocs = groupedDocs;
  }

  void add(ContactSummaries.Kept kept, Bits live, DocIdSetIterator it) throws IOException {
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (kept.rows()[doc] == null || (live != null && !live.get(doc))) {
        continue;
      }
      int d = kept.doc()[doc];
      if (d < groupedDocs.length() && groupedDocs.get(d)) {
        grouped.add(kept.rows()[doc]);
        continue;
      }
      int j = kept.jurisdiction()[doc];
      contacts[j]++;
      if (kept.kind()[doc] >= 0) {
        kinds[j * KINDS + kept.kind()[doc]]++;
      }
      if (pairs.add(((long) j << 32) | d)) {
        docs[j]++;
      }
      int day = kept.day()[doc];
      if (day != Integer.MIN_VALUE) {
        first[j] = Math.min(first[j], day);
        last[j] = Math.max(last[j], day);
      }
    }
  }

  List<ContactTally> tallies(Interner names) {
    List<ContactTally> out = new ArrayList<>();
    for (int j = 0; j < contacts.length; j++) {
      if (contacts[j] > 0) {
        int[] k = Arrays.copyOfRange(kinds, j * KINDS, (j + 1) * KINDS);
        out.add(new ContactTally(names.name(j), contacts[j], k, docs[j], iso(first[j], Integer.MAX_VALUE), iso(last[j], Integer.MIN_VALUE)));
      }
    }
    return out;
  }

  private static String iso(int day, int none) {
    return day == none ? "" : LocalDate.ofEpochDay(day).toString();
  }
}
