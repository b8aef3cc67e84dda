package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * The facets of a search, in pages or in documents, and how many documents it matched: one pass over the
 * matching pages, counting by ordinal (no string is made per hit).
 *
 * <p>Up to {@link #EXACT_UP_TO} matching pages every count is exact. A broader search (a common word over a
 * million pages) counts the pages of a fixed sample of documents — one document in {@code scale}, chosen by a
 * hash of its id — and multiplies: the counts are then estimates, and the result says so. The number of hits
 * and of matched documents stays exact. Sampling whole documents rather than pages keeps document counts
 * unbiased: a document is in or out with all its pages.
 */
final class FacetPass {
  /** Matching pages counted exactly; above this, a sample of documents. */
  static final long EXACT_UP_TO = 50_000;

  /** Facet counts (estimates when {@code scale > 1}), matched documents (exact), and the sampling scale. */
  record Result(Map<String, List<SearchResult.FacetCount>> facets, long documents, int scale) {}

  private final Facets facets;
  private final long exactUpTo;
  private final PerReader<DocOrdinals> ordinals = new PerReader<>();

  FacetPass(Facets facets) {
    this(facets, EXACT_UP_TO);
  }

  /** @param exactUpTo matching pages counted exactly; above, a sample of documents */
  FacetPass(Facets facets, long exactUpTo) {
    this.facets = facets;
    this.exactUpTo = exactUpTo;
  }

  /**
   * @param pages how many pages match {@code query} (decides whether to sample)
   * @param byDocument count each document once per value however many of its matching pages carry it
   */
  Result count(IndexSearcher searcher, Query query, long pages, boolean byDocument) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    SortedSetDocValuesReaderState state = facets.state(reader);
    DocOrdinals docs = ordinals(reader);
    int scale = pages > exactUpTo ? (int) Math.ceil(pages / (double) exactUpTo) : 1;
    Counter counter = new Counter(state, docs, byDocument, scale);
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      Scorer scorer = weight.scorer(leaves.get(i));
      if (scorer != null) {
        counter.segment(leaves.get(i).reader(), i, scorer.iterator());
      }
    }
    return new Result(counter.top(), counter.documents.cardinality(), scale);
  }

  private DocOrdinals ordinals(IndexReader reader) throws IOException {
    return ordinals.get(reader, () -> DocOrdinals.of(reader));
  }

  /**
   * The counting state of one request. Each segment is counted in its own ordinals (mapping an ordinal to
   * the index-wide one costs more than counting it), and its counts are moved to index-wide ordinals once,
   * at the end of the segment.
   */
  private static final class Counter {
    private final SortedSetDocValuesReaderState state;
    private final OrdinalMap labelMap;
    private final DocOrdinals docs;
    private final boolean byDocument;
    private final int scale;
    private final int[] counts;
    private final Set<Long> scatteredSeen = new HashSet<>();
    private final FixedBitSet documents;

    Counter(SortedSetDocValuesReaderState state, DocOrdinals docs, boolean byDocument, int scale) throws IOException {
      this.state = state;
      SortedSetDocValues all = state == null ? null : state.getDocValues();
      this.labelMap = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
      this.docs = docs;
      this.byDocument = byDocument;
      this.scale = scale;
      this.counts = new int[state == null ? 0 : state.getSize()];
      this.documents = new FixedBitSet(Math.max(1, docs.count()));
    }

    void segment(LeafReader reader, int leafIndex, DocIdSetIterator it) throws IOException {
      Bits live = reader.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(reader, Schema.DOC_ID_VALUES);
      SortedSetDocValues labels = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      LongValues globalDoc = docs.globalOrds(leafIndex);
      LongValues globalLabel = labelMap == null ? LongValues.IDENTITY : labelMap.getGlobalOrds(leafIndex);
      FixedBitSet scattered = docs.scatteredInSegment(leafIndex);
      FixedBitSet segmentDocs = new FixedBitSet(Math.max(1, ids.getValueCount()));
      int[] segmentCounts = new int[counts.length == 0 ? 0 : (int) labels.getValueCount()];
      int[] lastDoc = byDocument ? new int[segmentCounts.length] : new int[0];
      Arrays.fill(lastDoc, -1);
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
          continue;
        }
        int d = ids.ordValue();
        segmentDocs.set(d);
        if (segmentCounts.length == 0 || (scale > 1 && !sampled((int) globalDoc.get(d))) || !labels.advanceExact(doc)) {
          continue;
        }
        for (int k = 0; k < labels.docValueCount(); k++) {
          int ord = (int) labels.nextOrd();
          if (!byDocument) {
            segmentCounts[ord]++;
          } else if (scattered.get(d)) {
            int label = (int) globalLabel.get(ord);
            if (scatteredSeen.add(((long) label << 32) | globalDoc.get(d))) {
              counts[label]++;
            }
          } else if (lastDoc[ord] != d) {
            lastDoc[ord] = d; // a document's pages come in one run within one segment: seen again only in it
            segmentCounts[ord]++;
          }
        }
      }
      for (int ord = 0; ord < segmentCounts.length; ord++) {
        if (segmentCounts[ord] > 0) {
          counts[(int) globalLabel.get(ord)] += segmentCounts[ord];
        }
      }
      BitSetIterator matched = new BitSetIterator(segmentDocs, 0);
      for (int d = matched.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = matched.nextDoc()) {
        documents.set((int) globalDoc.get(d));
      }
    }

    private boolean sampled(int g) {
      return Long.remainderUnsigned((g + 1) * 0x9E3779B97F4A7C15L, scale) == 0;
    }

    /** The top values of every dimension, most frequent first, ties by value. */
    Map<String, List<SearchResult.FacetCount>> top() throws IOException {
      Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
      if (state == null) {
        return out;
      }
      SortedSetDocValues terms = state.getDocValues();
      for (String dim : Schema.FACETS) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        List<int[]> found = new ArrayList<>();
        for (int ord = range == null ? 0 : range.start; range != null && ord <= range.end; ord++) {
          if (counts[ord] > 0) {
            found.add(new int[] {ord, counts[ord]});
          }
        }
        found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        List<SearchResult.FacetCount> values = new ArrayList<>();
        for (int[] f : found.subList(0, Math.min(found.size(), Facets.TOP_VALUES))) {
          String label = terms.lookupOrd(f[0]).utf8ToString();
          values.add(new SearchResult.FacetCount(FacetsConfig.stringToPath(label)[1], (long) f[1] * scale));
        }
        out.put(dim, values);
      }
      return out;
    }
  }
}
