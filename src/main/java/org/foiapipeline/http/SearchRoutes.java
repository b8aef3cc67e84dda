package org.foiapipeline.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.SearchResult;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.search.CollapsedSearch;

/** {@code GET /api/search} and {@code GET /api/facets}. */
final class SearchRoutes {
  private final IndexReaderPort view;
  private final Params params;
  private final EntityNames names;

  SearchRoutes(IndexReaderPort view, Params params, EntityNames names) {
    this.view = view;
    this.params = params;
    this.names = names;
  }

  void search(Context ctx) throws IOException {
    Filters filters = params.filters(ctx);
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx, limit);
    boolean byDocument = Params.flag(ctx, "by_document");
    if (Params.flag(ctx, "collapse")) {
      collapsed(ctx, filters, limit, offset);
      return;
    }
    SearchResult result = view.search(Params.query(ctx), filters, limit, offset, byDocument);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", result.total());
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("hits", new LogicalDocs(view).hits(result.hits()));
    body.put("facets", ordered(result.facets()));
    body.put("facets_estimated", result.facetsEstimated());
    body.put("names", facetNames(result.facets()));
    Json.send(ctx, body);
  }

  /** One hit per group of near-duplicate releases; each hit carries {@code copies}, the other matching releases. */
  private void collapsed(Context ctx, Filters filters, int limit, int offset) throws IOException {
    CollapsedSearch.Result result = new CollapsedSearch(view).search(Params.query(ctx), filters, limit, offset);
    List<Map<String, Object>> hits = new java.util.ArrayList<>();
    LogicalDocs logical = new LogicalDocs(view);
    for (CollapsedSearch.Hit h : result.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.hit().id());
      hit.put("path", h.hit().path());
      hit.put("page", h.hit().page());
      hit.put("score", h.hit().score());
      hit.put("snippet", h.hit().snippet());
      logical.forHit(h.hit().id(), h.hit().page()).ifPresent(l -> hit.put("logical", l));
      hit.put("releases", h.releases());
      hit.put("copies", h.copies().stream().map(c -> Map.of("id", c.id(), "path", c.path(), "page", c.page())).toList());
      hits.add(hit);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", result.total());
    body.put("limit", limit);
    body.put("offset", offset);
    body.put("hits", hits);
    body.put("facets", ordered(result.facets()));
    body.put("names", facetNames(result.facets()));
    Json.send(ctx, body);
  }

  void facets(Context ctx) throws IOException {
    Map<String, List<SearchResult.FacetCount>> facets = view.facets(params.filters(ctx));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("facets", ordered(facets));
    body.put("names", facetNames(facets));
    Json.send(ctx, body);
  }

  /** Facets in the index's dimension order (the result's map is unordered). */
  private static Map<String, List<SearchResult.FacetCount>> ordered(Map<String, List<SearchResult.FacetCount>> facets) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : List.of("jurisdiction", "agency", "state", "kind", "year", "exemption", "status")) {
      if (facets.containsKey(dim)) {
        out.put(dim, facets.get(dim));
      }
    }
    facets.forEach(out::putIfAbsent);
    return out;
  }

  /** Display names of the entity ids among the facet values. */
  private Map<String, String> facetNames(Map<String, List<SearchResult.FacetCount>> facets) {
    Map<String, String> out = new TreeMap<>();
    for (String dim : List.of("agency", "jurisdiction")) {
      facets.getOrDefault(dim, List.of()).forEach(v -> out.put(v.value(), names.name(v.value())));
    }
    return out;
  }
}
