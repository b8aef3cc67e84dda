package org.foiapipeline.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores page text page by page (gold page i against output page i) on whitespace-normalised text: runs of
 * whitespace become one space and the ends are trimmed, so layout differences between a text layer and
 * OCR do not count as errors. A missing output page, or a gold document with no output document, scores
 * as empty text (every gold character an error). Output pages beyond the gold pages are not scored.
 */
final class OcrScorer {
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  private final Map<String, ErrorRate> byPageKind = new TreeMap<>();
  private final Map<String, ErrorRate> byDocumentKind = new TreeMap<>();
  private int goldWithText;
  private int outputWithText;
  private int withoutText;

  void add(DocumentPair pair) {
    List<String> gold = pair.gold().text();
    if (gold == null) {
      return;
    }
    goldWithText++;
    List<String> output = pair.matched() ? pair.output().text() : List.of();
    if (output == null) {
      withoutText++;
      return;
    }
    if (pair.matched()) {
      outputWithText++;
    }
    for (int i = 0; i < gold.size(); i++) {
      ErrorRate page = page(gold.get(i), i < output.size() ? output.get(i) : "");
      String pageKind = pageKind(pair, i);
      byPageKind.merge(pageKind, page, ErrorRate::plus);
      byDocumentKind.merge(pair.kind(), page, ErrorRate::plus);
    }
  }

  OcrScore score() {
    if (goldWithText == 0) {
      return empty("gold has no page text");
    }
    if (outputWithText == 0) {
      return empty("output has no page text: export it with --text");
    }
    ErrorRate overall = byDocumentKind.values().stream().reduce(ErrorRate.NONE, ErrorRate::plus);
    String note = withoutText == 0 ? "" : withoutText + " matched documents have no output text and are left out";
    return new OcrScore(true, note, withoutText, overall, ordered(byPageKind), ordered(byDocumentKind));
  }

  /** Character and word edits of one page; both sides normalised first. */
  static ErrorRate page(String gold, String output) {
    String g = normalise(gold);
    String o = normalise(output == null ? "" : output);
    Map<String, Integer> vocabulary = new HashMap<>();
    int[] gWords = words(g, vocabulary);
    int[] oWords = words(o, vocabulary);
    return ErrorRate.of(
        1,
        Levenshtein.distance(g, o),
        g.codePointCount(0, g.length()),
        Levenshtein.distance(gWords, oWords),
        gWords.length);
  }

  static String normalise(String text) {
    return WHITESPACE.matcher(text == null ? "" : text).replaceAll(" ").trim();
  }

  private static int[] words(String text, Map<String, Integer> vocabulary) {
    if (text.isEmpty()) {
      return new int[0];
    }
    return Arrays.stream(text.split(" "))
        .mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size()))
        .toArray();
  }

  private static String pageKind(DocumentPair pair, int page) {
    List<String> kinds = pair.gold().pageKinds();
    return kinds != null && page < kinds.size() && kinds.get(page) != null ? kinds.get(page) : "unknown";
  }

  private static Map<String, ErrorRate> ordered(Map<String, ErrorRate> rates) {
    Map<String, ErrorRate> ordered = new LinkedHashMap<>();
    Kinds.ordered(rates.keySet()).forEach(k -> ordered.put(k, rates.get(k)));
    return ordered;
  }

  private OcrScore empty(String note) {
    return new OcrScore(false, note, withoutText, ErrorRate.NONE, Map.of(), Map.of());
  }
}
