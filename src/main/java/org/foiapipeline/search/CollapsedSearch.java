package org.foiapipeline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiapipeline.index.DuplicateUnits;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.SearchHit;
import org.foiapipeline.index.SearchResult;

/**
 * Search with near-duplicates collapsed: one hit per group of releases of a document (its best-scoring
 * release's best page), with the other matching releases listed. Looks at the best {@link IndexView#MAX_LIMIT}
 * documents, so {@code total} counts groups among those.
 */
public final class CollapsedSearch {
  private final IndexReaderPort view;

  public CollapsedSearch(IndexReaderPort view) {
    this.view = view;
  }

  /**
   * A hit standing for its group.
   *
   * @param copies the other releases that match too (document hits, best first)
   */
  public record Hit(SearchHit hit, List<SearchHit> copies) {
    public Hit {
      copies = List.copyOf(copies);
    }

    /** Releases of the document that match, this one included. */
    public int releases() {
      return 1 + copies.size();
    }
  }

  /** A window of collapsed hits, how many groups matched, and the facets of the whole result. */
  public record Result(long total, List<Hit> hits, Map<String, List<SearchResult.FacetCount>> facets) {
    public Result {
      hits = List.copyOf(hits);
    }
  }

  /**
   * As {@link IndexView#search}, one hit per near-duplicate group; {@code limit}/{@code offset} count groups. A
   * group is one of units (a file of one document, a logical document of a merged release), so a hit in pages
   * 14-16 of a merged release and a hit in the letter released alone are one.
   */
  public Result search(String query, Filters filters, int limit, int offset) throws IOException {
    if (limit < 1 || limit > IndexView.MAX_LIMIT || offset < 0 || offset + limit > IndexView.MAX_LIMIT) {
      throw new IllegalArgumentException("with collapsed duplicates, limit must be 1-" + IndexView.MAX_LIMIT
          + " and offset + limit at most " + IndexView.MAX_LIMIT + ", got limit " + limit + ", offset " + offset);
    }
    SearchResult all = view.search(query, filters, IndexView.MAX_LIMIT, 0, true);
    DuplicateUnits units = view.duplicateUnits();
    Map<String, String> groups = view.duplicateGroups();
    List<SearchHit> hits = all.hits();
    if (units.anySplit(hits.stream().map(SearchHit::id).toList())) {
      hits = withUnitsOfSplitFiles(hits, view.search(query, filters, IndexView.MAX_LIMIT, 0, false).hits(), units);
    }
    Map<String, List<SearchHit>> byGroup = new LinkedHashMap<>();
    for (SearchHit h : bestPerUnit(hits, units)) {
      String key = units.unitAt(h.id(), h.page()).isPresent() ? units.keyAt(h.id(), h.page()) : groups.getOrDefault(h.id(), h.id());
      byGroup.computeIfAbsent(key, g -> new ArrayList<>()).add(h);
    }
    List<Hit> collapsed = new ArrayList<>();
    byGroup.values().forEach(list -> collapsed.add(new Hit(list.get(0), list.subList(1, list.size()))));
    int from = Math.min(offset, collapsed.size());
    List<Hit> window = collapsed.subList(from, Math.min(collapsed.size(), from + limit));
    return new Result(collapsed.size(), window, all.facets());
  }

  /**
   * The best page of each document, plus the best pages of the other logical documents of merged releases
   * (a document-level search shows one page per file), best score first.
   */
  static List<SearchHit> withUnitsOfSplitFiles(List<SearchHit> perDocument, List<SearchHit> pages, DuplicateUnits units) {
    List<SearchHit> out = new ArrayList<>(perDocument);
    for (SearchHit p : pages) {
      if (units.units(p.id()).size() > 1) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingDouble((SearchHit h) -> -h.score()));
    return out;
  }

  /** The best hit of each unit, in the given (best first) order. */
  private static List<SearchHit> bestPerUnit(List<SearchHit> hits, DuplicateUnits units) {
    Map<String, SearchHit> best = new LinkedHashMap<>();
    for (SearchHit h : hits) {
      best.putIfAbsent(units.unitAt(h.id(), h.page()).map(DuplicateUnits.Unit::id).orElse(h.id()), h);
    }
    return List.copyOf(best.values());
  }
}
