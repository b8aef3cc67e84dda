package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.foiapipeline.export.DocumentRecord;

/**
 * The document-level fields: exemption codes and Bates numbers (as sets) and the document date. Codes
 * compare without whitespace and case ({@code (b)(7)(C)} = {@code (b) (7)(c)}); Bates numbers compare
 * without whitespace ({@code ICE 000123} = {@code ICE000123}), since OCR often splits or joins them.
 */
final class FieldScorer {
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  private final int limit;
  private final Tally exemptions;
  private final Tally bates;
  private final List<String> dateMisses = new ArrayList<>();
  private long datesCorrect;
  private long dates;

  FieldScorer(int limit) {
    this.limit = limit;
    this.exemptions = new Tally(limit);
    this.bates = new Tally(limit);
  }

  void add(DocumentPair pair) {
    DocumentRecord output = pair.output();
    exemptions.add(
        pair.label(),
        set(pair.gold().exemptions(), FieldScorer::code),
        set(output == null ? null : output.exemptions(), FieldScorer::code));
    bates.add(
        pair.label(),
        set(pair.gold().bates(), FieldScorer::bates),
        set(output == null ? null : output.bates(), FieldScorer::bates));
    addDate(pair.label(), pair.gold().date(), output == null ? null : output.date(), pair.matched());
  }

  SetScore exemptions() {
    return exemptions.score();
  }

  Misses exemptionMisses() {
    return exemptions.misses();
  }

  SetScore bates() {
    return bates.score();
  }

  Misses batesMisses() {
    return bates.misses();
  }

  Accuracy dates() {
    return Accuracy.of(datesCorrect, dates);
  }

  List<String> dateMisses() {
    return List.copyOf(dateMisses);
  }

  // An unmatched gold document has no date to offer, so it counts as wrong even when gold has none.
  private void addDate(String document, String gold, String output, boolean matched) {
    dates++;
    String g = blankToNull(gold);
    String o = blankToNull(output);
    if (matched && Objects.equals(g, o)) {
      datesCorrect++;
    } else if (dateMisses.size() < limit) {
      dateMisses.add(document + ": " + (matched ? orNone(o) : "(no output document)") + ", gold " + orNone(g));
    }
  }

  private static Map<String, String> set(List<String> values, UnaryOperator<String> key) {
    Map<String, String> set = new LinkedHashMap<>();
    if (values != null) {
      values.stream()
          .filter(v -> v != null && !v.isBlank())
          .forEach(v -> set.putIfAbsent(key.apply(v), v.trim()));
    }
    return set;
  }

  private static String code(String code) {
    return bates(code).toLowerCase(Locale.ROOT);
  }

  private static String bates(String number) {
    return WHITESPACE.matcher(number).replaceAll("");
  }

  private static String orNone(String date) {
    return date == null ? "(none)" : date;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
