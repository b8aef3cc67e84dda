package org.foiapipeline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Facet counts in documents rather than pages: a value counts each document once however many of its
 * matching pages carry it (what {@code --by-document} shows). One pass over the matches. Stateless.
 */
final class DocumentFacets {
  private DocumentFacets() {}

  static Map<String, List<SearchResult.FacetCount>> count(IndexSearcher searcher, Query query) throws IOException {
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    Map<String, Set<String>> documents = new HashMap<>();
    for (FacetsCollector.MatchingDocs md : collector.getMatchingDocs()) {
      SortedSetDocValues facets = DocValues.getSortedSet(md.context.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      SortedDocValues ids = DocValues.getSorted(md.context.reader(), Schema.DOC_ID_VALUES);
      DocIdSetIterator it = md.bits.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!ids.advanceExact(doc) || !facets.advanceExact(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        for (int i = 0; i < facets.docValueCount(); i++) {
          String label = facets.lookupOrd(facets.nextOrd()).utf8ToString();
          documents.computeIfAbsent(label, k -> new HashSet<>()).add(id);
        }
      }
    }
    return top(documents);
  }

  private static Map<String, List<SearchResult.FacetCount>> top(Map<String, Set<String>> documents) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) {
      List<SearchResult.FacetCount> values = new ArrayList<>();
      String prefix = dim + FacetsConfig.DELIM_CHAR;
      documents.forEach((label, ids) -> {
        if (label.startsWith(prefix)) {
          values.add(new SearchResult.FacetCount(label.substring(prefix.length()), ids.size()));
        }
      });
      values.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
      out.put(dim, values.size() > Facets.TOP_VALUES ? List.copyOf(values.subList(0, Facets.TOP_VALUES)) : values);
    }
    return out;
  }
}
