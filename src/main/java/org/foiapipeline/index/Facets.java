package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Counts facet values over the matches of a query; the facet state is built once per index version. */
final class Facets {
  /** Values shown per dimension. */
  static final int TOP_VALUES = 25;

  private final PerReader<SortedSetDocValuesReaderState> states = new PerReader<>();

  Map<String, List<SearchResult.FacetCount>> count(IndexSearcher searcher, Query query) throws IOException {
    SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Schema.FACETS) {
      FacetResult result = state.getOrdRange(dim) == null ? null : counts.getTopChildren(TOP_VALUES, dim);
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /** The facet state of one index version, or null when nothing with facets is indexed yet. */
  SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    return states.get(reader, () -> {
      try {
        return new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
      } catch (IllegalArgumentException e) {
        return null; // nothing with facets indexed yet
      }
    });
  }
}
