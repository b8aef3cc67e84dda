package org.foiapipeline.index;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param total how many pages (or documents, when grouped) matched in all
 * @param hits the hits of the requested window
 * @param facets per facet dimension, value to count, most frequent first
 * @param facetScale 1 when the facet counts are exact; {@code k} when they are estimates from one matching
 *     document in {@code k} (a search over more pages than are counted exactly; see docs/SEARCH.md)
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, int facetScale) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    if (facetScale < 1) {
      throw new IllegalArgumentException("facet scale must be at least 1, got " + facetScale);
    }
  }

  /** A result with exact facet counts. */
  public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    this(total, hits, facets, 1);
  }

  /** Whether the facet counts are estimates. */
  public boolean facetsEstimated() {
    return facetScale > 1;
  }

  public record FacetCount(String value, long count) {}
}
