package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.SearchHit;
import org.foiapipeline.search.CollapsedSearch;

/** Prints search hits with near-duplicates collapsed (foia search --collapse-duplicates). */
final class CollapsedOutput {
  private CollapsedOutput() {}

  /**
   * One JSON object per group: the search fields plus {@code copies} (releases matching), {@code copy_ids},
   * {@code copy_paths} and {@code copy_pages} (the page of each copy's best hit: a copy inside a merged release
   * is found at its own pages there).
   */
  static void jsonl(PrintWriter out, CollapsedSearch.Result result) {
    for (CollapsedSearch.Hit h : result.hits()) {
      SearchHit hit = h.hit();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", hit.id());
      row.put("path", hit.path());
      row.put("page", hit.page());
      row.put("score", hit.score());
      row.put("snippet", hit.snippet());
      row.put("copies", h.releases());
      row.put("copy_ids", h.copies().stream().map(SearchHit::id).toList());
      row.put("copy_paths", h.copies().stream().map(SearchHit::path).toList());
      row.put("copy_pages", h.copies().stream().map(SearchHit::page).toList());
      out.println(Jsonl.toJson(row));
    }
  }

  static void table(PrintWriter out, CollapsedSearch.Result result, int offset) {
    out.printf("%d documents match, near-duplicates collapsed%s%n", result.total(),
        result.hits().isEmpty() ? "" : "; showing " + (offset + 1) + "-" + (offset + result.hits().size()));
    int rank = offset;
    for (CollapsedSearch.Hit h : result.hits()) {
      SearchHit hit = h.hit();
      String copies = h.copies().isEmpty() ? "" : "  [" + h.releases() + " releases: also " + paths(h.copies()) + "]";
      out.printf("%n%3d. %s  page %d  (score %.2f)%s%n     %s%n", ++rank, hit.path(), hit.page(), hit.score(), copies,
          Output.plain(hit.snippet()));
    }
    out.println();
  }

  private static String paths(List<SearchHit> copies) {
    return String.join(", ", copies.stream().map(c -> c.path() + " p." + c.page()).toList());
  }
}
