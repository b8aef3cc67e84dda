package org.foiapipeline.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.nlp.StateRecord;

/**
 * Normalises a name as a reporter types it before it is resolved: splits off a trailing state ("Sheriff of
 * Frederick County MD", "Harris County, Texas") and corrects the office words a list is typed with
 * ("Cuonty", "Sherriff", "Cnty"), which the gazetteer's tolerance (for names, not for these words) does not.
 * Pure.
 */
final class NameForms {
  /** Office words and their usual misspellings' edit distance; only words of five letters or more are bent. */
  private static final List<String> WORDS =
      List.of("County", "Sheriff", "Sheriff's", "Parish", "Police", "Department", "Office", "Borough", "Township");
  private static final Pattern WORD = Pattern.compile("[A-Za-z']{5,}");
  private static final Pattern SHORT_COUNTY = Pattern.compile("(?i)\\b(?:cnty|cty)\\b\\.?");

  private NameForms() {}

  /** A name and the state it ends with, when it does. */
  record Split(String name, Optional<StateRecord> state) {}

  /** "X County, NE", "X County NE", "X County Nebraska", "X County, New Mexico" → ("X County", the state). */
  static Split splitState(String name, Function<String, Optional<StateRecord>> states) {
    int comma = name.lastIndexOf(',');
    if (comma > 0) {
      Optional<StateRecord> s = states.apply(name.substring(comma + 1).strip());
      if (s.isPresent()) {
        return new Split(name.substring(0, comma).strip(), s);
      }
    }
    String[] words = name.split(" ");
    for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
      String tail = String.join(" ", List.of(words).subList(words.length - n, words.length));
      boolean code = tail.length() == 2 && tail.equals(tail.toUpperCase(Locale.ROOT));
      Optional<StateRecord> s = tail.length() == 2 && !code ? Optional.empty() : states.apply(tail);
      if (s.isPresent()) {
        return new Split(String.join(" ", List.of(words).subList(0, words.length - n)), s);
      }
    }
    return new Split(name, Optional.empty());
  }

  /** The name with misspelt office words corrected; the name itself when none is. */
  static String correct(String name) {
    String out = SHORT_COUNTY.matcher(name).replaceAll("County");
    Matcher m = WORD.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(closest(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String closest(String word) {
    for (String w : WORDS) {
      if (w.equalsIgnoreCase(word)) {
        return word;
      }
    }
    for (String w : WORDS) {
      if (distance(w.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT)) <= (word.length() >= 7 ? 2 : 1)) {
        return w;
      }
    }
    return word;
  }

  /** Optimal string alignment distance (a swap of two letters is one edit). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
