package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.SearchHit;
import org.foiapipeline.index.SearchResult;
import org.foiapipeline.resolve.CatalogNames;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.search.CollapsedSearch;
import org.foiapipeline.search.Jurisdictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code foia search QUERY}: page-level hits with highlighted snippets, and the facets of the result. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the pages. QUERY is Lucene syntax: words (all must match), \"phrases\", OR, NOT, fuzzy~,",
      "\"near words\"~5, fields such as path:ICE* or exemption:\"(b)(6)\"; * matches every page."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin FilterOptions filter;

  @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
  String query;

  @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default ${DEFAULT-VALUE}, at most 1000).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip, for paging.")
  int offset;

  @Option(names = "--by-document", description = "One hit per document: its best page.")
  boolean byDocument;

  @Option(names = "--collapse-duplicates",
      description = "One hit per group of near-duplicate releases, with how many releases match (implies --by-document).")
  boolean collapse;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (one hit per line: id, path, page, score, snippet).")
  String format;

  @Option(names = "--redacted-above", paramLabel = "SHARE", description = "Only pages more than this share redacted: 0.2 or 20%.")
  String redactedAbove;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "table", "jsonl");
    Jurisdictions names = new Jurisdictions(EntityCatalog.standard());
    try (IndexReaderPort view = index.openReader()) {
      org.foiapipeline.index.Filters filters = filter.filters(names);
      if (redactedAbove != null) {
        filters = filters.withRedactedAbove(share(redactedAbove));
      }
      if (collapse) {
        return collapsed(view, filters);
      }
      SearchResult result = view.search(query, filters, limit, offset, byDocument);
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("jsonl")) {
        for (SearchHit hit : result.hits()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", hit.id());
          row.put("path", hit.path());
          row.put("page", hit.page());
          row.put("score", hit.score());
          row.put("snippet", hit.snippet());
          out.println(Jsonl.toJson(row));
        }
      } else {
        table(out, result);
      }
      out.flush();
    }
    return 0;
  }

  /** "0.2", "20%" → 0.2; a share is between 0 and 1. */
  static double share(String text) {
    String t = text.strip();
    try {
      double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100 : Double.parseDouble(t);
      if (v >= 0 && v <= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--redacted-above takes a share of the page between 0 and 1 (or 0% to 100%), got \"" + text + "\"");
  }

  private int collapsed(IndexReaderPort view, org.foiapipeline.index.Filters filters) throws java.io.IOException {
    CollapsedSearch.Result result = new CollapsedSearch(view).search(query, filters, limit, offset);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("jsonl")) {
      CollapsedOutput.jsonl(out, result);
    } else {
      CollapsedOutput.table(out, result, offset);
    }
    out.flush();
    return 0;
  }

  private void table(PrintWriter out, SearchResult result) {
    String unit = byDocument ? "documents" : "pages";
    out.printf("%d %s match%s%n", result.total(), unit, result.hits().isEmpty() ? "" : "; showing " + (offset + 1) + "-" + (offset + result.hits().size()));
    int rank = offset;
    for (SearchHit hit : result.hits()) {
      out.printf("%n%3d. %s  page %d  (score %.2f)%n     %s%n", ++rank, hit.path(), hit.page(), hit.score(), Output.plain(hit.snippet()));
    }
    out.println();
    EntityNames names = new CatalogNames(EntityCatalog.standard());
    if (result.facetsEstimated()) {
      out.printf("facet counts estimated from 1 in %d matching documents%n", result.facetScale());
    }
    result.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        boolean ids = dim.equals("agency") || dim.equals("jurisdiction");
        out.printf("%-13s %s%n", dim + ":", Output.facetLine(values, 8, ids ? names::name : v -> v));
      }
    });
  }
}
