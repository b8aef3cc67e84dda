package org.foiapipeline.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

/**
 * The Solr request and response of a page search, shaped so that the answer matches {@link Hits} and
 * {@link Facets}: the unified highlighter with the same passages, markup and escaping; JSON facets on
 * doc-values fields, refined across shards so the counts are exact.
 */
final class SolrSearch {
  private static final String SCORE = "score";

  private SolrSearch() {}

  static SolrQuery pages(String text, Filters filters) {
    SolrQuery q = new SolrQuery(text);
    q.set("defType", "lucene");
    q.set("df", Schema.TEXT);
    q.set("q.op", "AND");
    q.set("sow", "true");
    SolrQueries.pages(filters).forEach(q::addFilterQuery);
    return q;
  }

  static void window(SolrQuery q, int offset, int rows) {
    q.setFields(SolrFields.ID, Schema.DOC_ID, Schema.PATH, SolrFields.numberField(Schema.PAGE, 0), SCORE);
    q.setStart(offset);
    q.setRows(rows);
  }

  /** The same settings as {@link Hits}' highlighter: two sentence passages of about 150 characters. */
  static void highlight(SolrQuery q) {
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", Schema.TEXT);
    q.set("hl.snippets", 2);
    q.set("hl.tag.pre", "<b>");
    q.set("hl.tag.post", "</b>");
    q.set("hl.tag.ellipsis", " … ");
    q.set("hl.encoder", "html");
    q.set("hl.bs.type", "SENTENCE");
    q.set("hl.bs.language", "");
    q.set("hl.bs.country", "");
    q.set("hl.fragsize", Hits.SNIPPET_CHARS / 2);
    q.set("hl.fragsizeIsMinimum", false);
    q.set("hl.fragAlignRatio", "0.5");
    q.set("hl.maxAnalyzedChars", 1_000_000);
    q.set("hl.defaultSummary", true);
    q.set("hl.requireFieldMatch", true);
    // No hl.offsetSource: the highlighter takes offsets from the postings, and for wildcard and fuzzy queries
    // the page's terms from its term vectors, as the configset stores them. The page text is pre-analysed, so
    // the highlighter must never analyse it again (there is no analyzer for it in Solr).
  }

  static void facets(SolrQuery q) {
    StringBuilder json = new StringBuilder("{");
    for (String dim : Schema.FACETS) {
      json.append(json.length() > 1 ? "," : "")
          .append('"').append(dim).append("\":{type:terms,field:\"").append(SolrFields.facetField(dim))
          .append("\",limit:").append(Facets.TOP_VALUES).append(",sort:\"count desc\",refine:true,overrequest:100}");
    }
    q.set("json.facet", json.append('}').toString());
  }

  static long total(QueryResponse response, boolean byDocument) {
    if (byDocument) {
      GroupCommand group = response.getGroupResponse().getValues().get(0);
      return group.getNGroups() == null ? 0 : group.getNGroups();
    }
    return response.getResults().getNumFound();
  }

  static List<SearchHit> hits(QueryResponse response) {
    List<SolrDocument> docs = new ArrayList<>(response.getResults());
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument d : docs) {
      String id = (String) d.getFieldValue(SolrFields.ID);
      Object score = d.getFieldValue(SCORE);
      hits.add(
          new SearchHit(
              (String) d.getFieldValue(Schema.DOC_ID), (String) d.getFirstValue(Schema.PATH),
              ((Number) d.getFirstValue(SolrFields.numberField(Schema.PAGE, 0))).intValue(),
              score == null ? 0f : ((Number) score).floatValue(), snippet(highlights, id)));
    }
    return hits;
  }

  /** The best page of each document, ranked by that page's score, as {@link Hits} picks it. */
  static List<SearchHit> bestPerDocument(List<SearchHit> ranked, int limit, int offset) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<SearchHit> best = new ArrayList<>();
    for (SearchHit hit : ranked) {
      if (seen.add(hit.id()) && seen.size() > offset) {
        best.add(hit);
        if (best.size() == limit) {
          break;
        }
      }
    }
    return best;
  }

  static String snippet(Map<String, Map<String, List<String>>> highlights, String id) {
    List<String> passages = highlights == null ? null : highlights.getOrDefault(id, Map.of()).get(Schema.TEXT);
    return Hits.tidy(passages == null || passages.isEmpty() ? null : passages.get(0));
  }

  @SuppressWarnings("unchecked")
  static Map<String, List<SearchResult.FacetCount>> facetCounts(QueryResponse response) {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    NamedList<Object> facets = (NamedList<Object>) response.getResponse().get("facets");
    for (String dim : Schema.FACETS) {
      List<SearchResult.FacetCount> values = new ArrayList<>();
      Object dimResult = facets == null ? null : facets.get(dim);
      if (dimResult instanceof NamedList<?> nl && nl.get("buckets") instanceof List<?> buckets) {
        for (Object b : buckets) {
          NamedList<Object> bucket = (NamedList<Object>) b;
          values.add(new SearchResult.FacetCount(String.valueOf(bucket.get("val")), ((Number) bucket.get("count")).longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }
}
