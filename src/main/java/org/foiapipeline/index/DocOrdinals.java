package org.foiapipeline.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Document ids as numbers for one index version: every document id a global ordinal (0 .. count-1, in id
 * order), and the documents whose pages are not one unbroken run within one segment ("scattered": written
 * while another ingest thread wrote its pages, or split by a flush). Counting documents per facet value is then a
 * matter of comparing numbers: a document whose pages come in one run is seen once per value by remembering
 * the last document counted; only scattered documents need a set. Built once per index version (a pass over
 * the page documents' doc values), immutable after.
 */
final class DocOrdinals {
  private final OrdinalMap map; // null with one segment: segment ordinals are global
  private final List<LeafReaderContext> leaves;
  private final FixedBitSet[] scatteredBySegment;
  private final int count;

  private DocOrdinals(IndexReader reader) throws IOException {
    leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), Schema.DOC_ID_VALUES);
    }
    map = values.length > 1 ? OrdinalMap.build(null, values, PackedInts.DEFAULT) : null;
    count = map != null ? (int) map.getValueCount() : values.length == 1 ? values[0].getValueCount() : 0;
    FixedBitSet scattered = findScattered();
    scatteredBySegment = new FixedBitSet[values.length];
    for (int i = 0; i < values.length; i++) {
      scatteredBySegment[i] = new FixedBitSet(Math.max(1, values[i].getValueCount()));
      LongValues global = globalOrds(i);
      for (int ord = 0; ord < values[i].getValueCount(); ord++) {
        if (scattered.get((int) global.get(ord))) {
          scatteredBySegment[i].set(ord);
        }
      }
    }
  }

  static DocOrdinals of(IndexReader reader) throws IOException {
    return new DocOrdinals(reader);
  }

  /** How many distinct document ids the index holds. */
  int count() {
    return count;
  }

  /** The scattered documents of the segment at {@code leafIndex}, by segment ordinal. */
  FixedBitSet scatteredInSegment(int leafIndex) {
    return scatteredBySegment[leafIndex];
  }

  /** Segment ordinal to global ordinal, for the segment at {@code leafIndex}. */
  LongValues globalOrds(int leafIndex) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafIndex);
  }

  private FixedBitSet findScattered() throws IOException {
    FixedBitSet seen = new FixedBitSet(Math.max(1, count));
    FixedBitSet out = new FixedBitSet(Math.max(1, count));
    for (int i = 0; i < leaves.size(); i++) {
      var reader = leaves.get(i).reader();
      var pages = reader.postings(new Term(Schema.KIND, Schema.KIND_PAGE));
      if (pages == null) {
        continue;
      }
      SortedDocValues ids = DocValues.getSorted(reader, Schema.DOC_ID_VALUES);
      LongValues global = globalOrds(i);
      long last = -1; // a document whose pages go on in the next segment is not one run of one segment
      for (int doc = pages.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pages.nextDoc()) {
        if (!ids.advanceExact(doc)) {
          continue;
        }
        int g = (int) global.get(ids.ordValue());
        if (g != last) {
          if (seen.getAndSet(g)) {
            out.set(g); // its pages came before, then another document's: not one run
          }
          last = g;
        }
      }
    }
    return out;
  }
}
