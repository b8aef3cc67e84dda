package org.foiapipeline.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Contact tallies for tables by jurisdiction, from rows of agency, jurisdiction, state, kind, date, document and page, without
 * the evidence snippet and the path, read from doc values once per index segment and kept while the segment
 * lives. An unfiltered table over 280,000 contacts would otherwise decompress every contact's stored fields
 * on every request; with the rows kept, a request only walks its matches. Segments never change, so a kept
 * segment is always right; a new commit adds segments, and a merged-away segment's rows are let go with it.
 *
 * <p>Memory: one reference per document of the index and one small row per contact (strings shared within a
 * segment), about 20 MB for 100,000 documents with 280,000 contacts. Thread-safe.
 */
final class ContactSummaries {
  private final Map<IndexReader.CacheKey, Kept> bySegment = new WeakHashMap<>();
  private final Interner jurisdictions = new Interner();
  private final Interner documents = new Interner();

  /**
   * A segment's contacts by segment doc id: the row, and the same as numbers for tallies (jurisdiction and
   * document as {@link Interner} ids, kind as {@link ContactTally#kind} ordinal, epoch day or
   * {@link Integer#MIN_VALUE}). Slots of other documents are null / unused.
   */
  record Kept(ContactRow[] rows, int[] jurisdiction, byte[] kind, int[] day, int[] doc) {}

  /**
   * The contacts matching {@code query} tallied by jurisdiction, except those of {@code groupedDocs}, which
   * come back as rows. Counts with numbers only: no string is touched per contact.
   */
  ContactTally.Split tallies(IndexSearcher searcher, Query query, Set<String> groupedDocs) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Kept> kept = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      kept.add(segment(leaf.reader())); // first, so that the interners hold every id the tally meets
    }
    ContactTallier tallier = new ContactTallier(jurisdictions.size(), grouped(groupedDocs));
    for (int i = 0; i < leaves.size(); i++) {
      Scorer scorer = weight.scorer(leaves.get(i));
      if (scorer != null) {
        tallier.add(kept.get(i), leaves.get(i).reader().getLiveDocs(), scorer.iterator());
      }
    }
    return new ContactTally.Split(tallier.tallies(jurisdictions), tallier.grouped);
  }

  private FixedBitSet grouped(Set<String> groupedDocs) {
    FixedBitSet out = new FixedBitSet(Math.max(1, documents.size()));
    for (String id : groupedDocs) {
      int d = documents.find(id);
      if (d >= 0 && d < out.length()) {
        out.set(d);
      }
    }
    return out;
  }

  private Kept segment(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return keep(SegmentReader.read(reader)); // a reader that cannot say when it changes is read each time
    }
    synchronized (bySegment) {
      Kept kept = bySegment.get(helper.getKey());
      if (kept == null) {
        kept = keep(SegmentReader.read(reader));
        bySegment.put(helper.getKey(), kept);
      }
      return kept;
    }
  }

  private Kept keep(SegmentReader.Read read) {
    ContactRow[] rows = read.rows();
    int n = rows.length;
    Kept kept = new Kept(rows, new int[n], new byte[n], read.days(), new int[n]);
    for (int doc = 0; doc < n; doc++) {
      ContactRow r = rows[doc];
      if (r != null) {
        kept.jurisdiction()[doc] = jurisdictions.id(r.jurisdiction());
        kept.kind()[doc] = (byte) ContactTally.kind(r.kind());
        kept.doc()[doc] = documents.id(r.docId());
      }
    }
    return kept;
  }

  /** Where a facet label ("dim" DELIM "value") goes in a row: agency 0, jurisdiction 1, state 2, kind 3, else -1. */
  private record Slot(int index, String value) {
    static Slot of(String label) {
      int cut = label.indexOf(FacetsConfig.DELIM_CHAR);
      int index =
          switch (label.substring(0, cut)) {
            case Schema.F_AGENCY -> 0;
            case Schema.F_JURISDICTION -> 1;
            case Schema.F_STATE -> 2;
            case Schema.F_KIND -> 3;
            default -> -1;
          };
      return new Slot(index, label.substring(cut + 1));
    }
  }

  /**
   * Reads every contact of one segment. Decoding a term means decompressing the block of terms it sits in:
   * ordinals are first gathered, then decoded once each in ascending order, so each block is decompressed
   * once rather than once per contact.
   */
  private static final class SegmentReader {
    private final SortedSetDocValues facets;
    private final SortedDocValues ids;
    private final FixedBitSet labelsUsed;
    private final FixedBitSet idsUsed;

    private SegmentReader(LeafReader reader) throws IOException {
      facets = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      ids = DocValues.getSorted(reader, Schema.DOC_ID_VALUES);
      labelsUsed = new FixedBitSet((int) Math.max(1, facets.getValueCount()));
      idsUsed = new FixedBitSet(Math.max(1, ids.getValueCount()));
    }

    /** A segment's contact rows by segment doc id, and their epoch days ({@link Integer#MIN_VALUE}: undated). */
    record Read(ContactRow[] rows, int[] days) {}

    static Read read(LeafReader reader) throws IOException {
      Read read = new Read(new ContactRow[reader.maxDoc()], new int[reader.maxDoc()]);
      int[] docs = contactDocs(reader);
      if (docs.length > 0) {
        new SegmentReader(reader).fill(reader, docs, read);
      }
      return read;
    }

    private static int[] contactDocs(LeafReader reader) throws IOException {
      var postings = reader.postings(new Term(Schema.KIND, Schema.KIND_CONTACT));
      IntStream.Builder out = IntStream.builder(); // postings come in ascending doc order
      for (int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        out.add(doc);
      }
      return out.build().toArray();
    }

    private void fill(LeafReader reader, int[] docs, Read read) throws IOException {
      int[][] labelOrds = new int[docs.length][];
      int[] idOrds = new int[docs.length];
      for (int i = 0; i < docs.length; i++) {
        labelOrds[i] = labelOrds(docs[i]);
        idOrds[i] = ids.advanceExact(docs[i]) ? ids.ordValue() : -1;
        if (idOrds[i] >= 0) {
          idsUsed.set(idOrds[i]);
        }
      }
      Map<Integer, Slot> slots = decodeLabels();
      Map<Integer, String> docIds = decodeIds();
      NumericDocValues days = DocValues.getNumeric(reader, Schema.DATE_DAY);
      NumericDocValues pages = DocValues.getNumeric(reader, Schema.PAGE);
      Map<Long, String> dates = new HashMap<>();
      for (int i = 0; i < docs.length; i++) {
        String[] parts = {"", "", "", ""};
        for (int ord : labelOrds[i]) {
          Slot slot = slots.get(ord);
          if (slot.index() >= 0) {
            parts[slot.index()] = slot.value();
          }
        }
        int doc = docs[i];
        boolean dated = days.advanceExact(doc);
        read.days()[doc] = dated ? (int) days.longValue() : Integer.MIN_VALUE;
        String date = dated ? dates.computeIfAbsent(days.longValue(), d -> LocalDate.ofEpochDay(d).toString()) : "";
        int page = pages.advanceExact(doc) ? (int) pages.longValue() : 0;
        read.rows()[doc] = new ContactRow(parts[0], parts[1], parts[2], parts[3], date, docIds.getOrDefault(idOrds[i], ""), "", page, "");
      }
    }

    private int[] labelOrds(int doc) throws IOException {
      if (!facets.advanceExact(doc)) {
        return new int[0];
      }
      int[] ords = new int[facets.docValueCount()];
      for (int k = 0; k < ords.length; k++) {
        ords[k] = (int) facets.nextOrd();
        labelsUsed.set(ords[k]);
      }
      return ords;
    }

    private Map<Integer, Slot> decodeLabels() throws IOException {
      Map<Integer, Slot> out = new HashMap<>();
      BitSetIterator it = new BitSetIterator(labelsUsed, 0);
      for (int ord = it.nextDoc(); ord != DocIdSetIterator.NO_MORE_DOCS; ord = it.nextDoc()) {
        out.put(ord, Slot.of(facets.lookupOrd(ord).utf8ToString()));
      }
      return out;
    }

    private Map<Integer, String> decodeIds() throws IOException {
      Map<Integer, String> out = new HashMap<>();
      BitSetIterator it = new BitSetIterator(idsUsed, 0);
      for (int ord = it.nextDoc(); ord != DocIdSetIterator.NO_MORE_DOCS; ord = it.nextDoc()) {
        out.put(ord, ids.lookupOrd(ord).utf8ToString());
      }
      return out;
    }
  }
}
