package org.foiapipeline.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.foiapipeline.index.SearchResult;

/** Small formatting helpers shared by the table outputs. */
final class Output {
  private Output() {}

  static void checkFormat(String format, String... allowed) {
    if (!Arrays.asList(allowed).contains(format)) {
      throw new IllegalArgumentException("--format must be one of " + String.join(", ", allowed) + "; got \"" + format + "\"");
    }
  }

  /** A highlighted, HTML-escaped snippet as terminal text: matches in [brackets]. */
  static String plain(String snippet) {
    return snippet
        .replace("<b>", "[")
        .replace("</b>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&");
  }

  /** The most frequent values of a facet, each shown through {@code label} (ids as names). */
  static String facetLine(List<SearchResult.FacetCount> values, int max, java.util.function.UnaryOperator<String> label) {
    return values.stream().limit(max).map(v -> label.apply(v.value()) + " (" + v.count() + ")").collect(Collectors.joining(", "))
        + (values.size() > max ? ", …" : "");
  }

  static String cut(String s, int max) {
    String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
