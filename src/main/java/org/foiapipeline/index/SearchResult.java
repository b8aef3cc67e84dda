package org.foiapipeline.index;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param total how many pages (or documents, when grouped) matched in all
 * @param hits the hits of the requested window
 * @param facets per facet dimension, value to count, most frequent first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public record FacetCount(String value, long count) {}
}
