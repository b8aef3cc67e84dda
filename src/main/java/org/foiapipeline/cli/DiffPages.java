package org.foiapipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.search.UnitReleases;

/** The page side of {@code foia diff}: labels of page ranges, the page alignment, and the copies of one page. */
final class DiffPages {
  private DiffPages() {}

  static String label(UnitReleases.Part p) {
    String id = p.record().id().substring(0, Math.min(12, p.record().id().length()));
    String range = p.whole() ? p.record().pages() + " pages" : "pages " + p.start() + "-" + p.end() + " of " + p.record().pages();
    return p.record().path() + "  (" + range + ", id " + id + ")";
  }

  static Map<String, Object> json(UnitReleases.Part p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.record().id());
    out.put("path", p.record().path());
    out.put("start", p.start());
    out.put("end", p.end());
    return out;
  }

  /** One line: which page of the first is which page of the second ({@code 14=1}), and the pages without copy. */
  static String alignment(UnitReleases.Comparison c) {
    String pairs = c.pages().stream().map(p -> p.first() + "=" + p.second()).collect(Collectors.joining(" "));
    int unmatched = (c.first().end() - c.first().start() + 1) - c.pages().size();
    return String.format(Locale.ROOT, "pages (first=second): %s%s%n", pairs.isEmpty() ? "none aligned" : pairs,
        unmatched > 0 ? "; " + unmatched + " of the first without a copy" : "");
  }

  /** Prints the copies of page {@code page} of {@code ref} in other releases (a table, or JSON lines). */
  static void copies(PrintWriter out, UnitReleases releases, String ref, int page, String format) throws IOException {
    UnitReleases.Part part = releases.find(ref);
    if (page < 1 || page > part.record().pages()) {
      throw new IllegalArgumentException("--page " + page + ": " + part.record().path() + " has " + part.record().pages()
          + " pages");
    }
    List<UnitReleases.PageCopy> copies = releases.pageCopies(part.record().id(), page);
    if (format.equals("json")) {
      copies.forEach(c -> out.println(Jsonl.toJson(Map.of("id", c.id(), "path", c.path(), "page", c.page(), "unit",
          c.unit(), "similarity", Math.round(c.similarity() * 1000) / 1000.0))));
      return;
    }
    out.printf("%s p.%d: %s%n", part.record().path(), page,
        copies.isEmpty() ? "no copy in another release" : copies.size() + " copies in other releases");
    copies.forEach(c -> out.printf(Locale.ROOT, "  %s p.%d  (similarity %.2f, %s)%n", c.path(), c.page(), c.similarity(), c.unit()));
  }
}
