package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Small helpers the patterns share: matching a fixed phrase of folded words and reading a proper name. */
final class TokenPhrases {
  /** Words that end a proper name read next to an office word. */
  static final Set<String> STOPWORDS =
      Set.of(
          "the", "a", "an", "of", "and", "or", "for", "with", "to", "between", "by", "from", "at", "in", "on",
          "this", "that", "memorandum", "agreement", "moa", "dear", "re", "subject", "cc", "sheriff",
          "sherlff", "sherlffs", "offlce", "department", "pollce", "county", "parish", "co", "chief", "lce",
          "ero", "hsl", "dhs", "opla", "cbp", "fbl", "doj", "uscls", "olg", "u", "s", "us", "unlted", "states", "state", "hall", "councll", "manager",
          "attorney", "mayor", "clerk", "jall", "court", "fire", "dlstrlct", "school", "fleld", "street", "avenue", "ave", "road", "rd", "drlve", "dr", "blvd",
          "boulevard", "lane", "ln", "way", "square", "sulte", "box", "hlghway", "hwy", "plaza", "parkway",
          "pkwy", "ct", "place", "broadway", "floor", "bldg", "bulldlng", "room", "center", "centre");

  /** USPS codes: in capitals they are a state written beside a name, not a word of it ("TX Gray Police"). */
  private static final Set<String> STATE_CODES =
      ReferenceData.standard().states().stream().map(StateRecord::code)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Abbreviations whose full stop does not end a name ("St. Louis", "Ft. Worth"). */
  private static final Set<String> ABBREVIATIONS = Set.of("st", "ste", "ft", "mt", "pt", "co", "s", "u");

  private TokenPhrases() {}

  /** Folds each phrase to its word keys, longest phrase first, so the first match is the longest. */
  static List<List<String>> phrases(String... phrases) {
    List<List<String>> out = new ArrayList<>();
    for (String p : phrases) {
      out.add(List.of(TextTokens.foldPhrase(p).split(" ")));
    }
    out.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
    return out;
  }

  /** The length of the first phrase that the tokens spell from {@code at}, or 0. */
  static int matchAt(List<Token> tokens, int at, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (spells(tokens, at, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  /** The length of the first phrase that the tokens spell ending just before {@code before}, or 0. */
  static int matchBefore(List<Token> tokens, int before, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (before - phrase.size() >= 0 && spells(tokens, before - phrase.size(), phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }

  private static boolean spells(List<Token> tokens, int at, List<String> phrase) {
    if (at + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!tokens.get(at + k).key().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name can run on from token {@code k - 1} into token {@code k}: no punctuation that ends a name,
   * no sentence end, and (unless {@code lineOk}) no line break.
   */
  static boolean joins(List<Token> tokens, int k, boolean lineOk) {
    Token t = tokens.get(k);
    boolean sentenceEnd = t.periodBefore() && !ABBREVIATIONS.contains(tokens.get(k - 1).key());
    return !t.stopBefore() && !t.commaBefore() && !sentenceEnd && (lineOk || !t.lineBefore());
  }

  /** Whether the token can be a word of a proper name: capitalised, not a stopword. */
  static boolean nameWord(Token t) {
    return t.capitalized() && Character.isLetter(t.raw().charAt(0)) && !STOPWORDS.contains(t.key())
        && !STATE_CODES.contains(t.raw());
  }
}
