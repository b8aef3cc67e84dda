package org.foiapipeline.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds spans of page text to mark in the UI: the words and phrases of a query, exemption codes and Bates numbers.
 * Matching is deliberately simple and analyzer-like (case-insensitive, whole words, punctuation between words
 * ignored) so it agrees with the index's standard tokenizer in the common cases without touching Lucene.
 */
final class TextMarks {
  /** Most spans of one kind reported for a page. */
  static final int MAX_SPANS = 2_000;

  /** A marked range of the page text, {@code [start, end)} in UTF-16 offsets. */
  record Span(int start, int end, String kind, String label) {}

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}*?]+");
  private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}])";
  private static final String GAP = "[^\\p{L}\\p{N}]+";

  private TextMarks() {}

  /** Where the query's positive words and phrases occur in the text, in text order. */
  static List<Span> hits(String text, String query) {
    List<String> patterns = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(query);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (quoted.find()) {
      rest.append(query, last, quoted.start()).append(' ');
      boolean negated = quoted.start() > 0 && query.charAt(quoted.start() - 1) == '-';
      if (!negated) {
        phrase(quoted.group(1)).ifPresent(patterns::add);
      }
      last = quoted.end();
    }
    rest.append(query.substring(last));
    terms(rest.toString(), patterns);
    if (patterns.isEmpty()) {
      return List.of();
    }
    Pattern p = Pattern.compile(EDGE_BEFORE + "(?:" + String.join("|", patterns) + ")" + EDGE_AFTER,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return find(text, p, "hit", "");
  }

  private static void terms(String query, List<String> out) {
    boolean negateNext = false;
    for (String raw : query.split("\\s+")) {
      String token = raw.replaceAll("^[(]+|[)]+$", "");
      if (token.equals("NOT") || token.equals("!")) {
        negateNext = true;
        continue;
      }
      boolean skip = negateNext || token.startsWith("-") || token.startsWith("!") || token.equals("AND")
          || token.equals("OR") || token.equals("TO") || token.equals("&&") || token.equals("||");
      negateNext = false;
      if (!skip) {
        String bare = token.replaceFirst("^\\+", "").replaceFirst("^[a-z_]+:", "").replaceAll("[~^][0-9.]*$", "");
        phrase(bare).ifPresent(out::add);
      }
    }
  }

  /** A regex for the words of a phrase in order, any punctuation or space between them. */
  private static java.util.Optional<String> phrase(String phrase) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find() && words.size() < 50) {
      String w = m.group().replace("\\", "");
      if (!w.replaceAll("[*?]", "").isEmpty()) {
        words.add(Pattern.quote(w).replace("*", "\\E[\\p{L}\\p{N}]*\\Q").replace("?", "\\E[\\p{L}\\p{N}]\\Q"));
      }
    }
    return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(GAP, words));
  }

  /** Exemption codes as printed: {@code (b)(6)}, {@code (b) (7)(C)}, {@code b6} all mark code {@code (b)(6)}. */
  static List<Span> exemptions(String text, List<String> codes) {
    List<Span> out = new ArrayList<>();
    for (String code : codes) {
      List<String> parts = new ArrayList<>();
      Matcher m = Pattern.compile("[A-Za-z0-9]+").matcher(code);
      while (m.find()) {
        parts.add("\\(?\\s*" + Pattern.quote(m.group()) + "\\s*\\)?");
      }
      if (!parts.isEmpty()) {
        String regex = EDGE_BEFORE + "(?=\\(|b|B)" + String.join("\\s*", parts) + EDGE_AFTER;
        out.addAll(find(text, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), "exemption", code));
      }
    }
    return out;
  }

  /** Bates numbers as printed. */
  static List<Span> bates(String text, List<String> numbers) {
    List<Span> out = new ArrayList<>();
    for (String number : numbers) {
      if (!number.isBlank()) {
        out.addAll(find(text, Pattern.compile(Pattern.quote(number)), "bates", number));
      }
    }
    return out;
  }

  private static List<Span> find(String text, Pattern p, String kind, String label) {
    List<Span> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find() && out.size() < MAX_SPANS) {
      if (m.end() > m.start()) {
        out.add(new Span(m.start(), closeParen(text, m.start(), m.end()), kind, label));
      }
    }
    return out;
  }

  /** Takes in the ")" of a match such as "287(g" so the mark covers what a reader sees as the term. */
  private static int closeParen(String text, int start, int end) {
    String match = text.substring(start, end);
    boolean open = match.lastIndexOf('(') > match.lastIndexOf(')');
    return open && end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
  }
}
