package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * City agencies and places by pattern: "Dickinson Police Department", "Dickinson PD", "City of Dickinson",
 * "Town of Candia" (type PLACE). The name is one to three capitalised words next to the office words; a
 * county before "Police Department" is left to the county patterns.
 */
final class PlacePatterns {
  private static final List<List<String>> POLICE =
      TokenPhrases.phrases("Police Department", "Police Dept", "Police Dep't", "Police Department's", "PD");
  private static final List<List<String>> CITY_OF =
      TokenPhrases.phrases("City of", "Town of", "Village of", "Township of", "Borough of");
  private static final int MAX_NAME_WORDS = 3;

  private PlacePatterns() {}

  static List<Mention> find(String text, List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      int police = TokenPhrases.matchAt(tokens, k, POLICE);
      if (police > 0 && policeWord(tokens.get(k))) {
        Mention m = policeDepartment(text, tokens, k, k + police);
        if (m != null) {
          out.add(m);
        }
      }
      int cityOf = TokenPhrases.matchAt(tokens, k, CITY_OF);
      if (cityOf > 0) {
        Mention m = cityOf(text, tokens, k, k + cityOf);
        if (m != null) {
          out.add(m);
          k += cityOf;
        }
      }
    }
    return out;
  }

  /** "PD" counts only in capitals; "Police" must be capitalised. */
  private static boolean policeWord(Token t) {
    return t.key().equals("pd") ? t.raw().equals("PD") : t.capitalized();
  }

  private static Mention policeDepartment(String text, List<Token> tokens, int office, int end) {
    int from = office;
    while (from > 0 && office - from < MAX_NAME_WORDS && TokenPhrases.nameWord(tokens.get(from - 1))
        && TokenPhrases.joins(tokens, from, from == office)) {
      from--;
    }
    if (from == office) {
      return null;
    }
    int cityOf = TokenPhrases.matchBefore(tokens, from, CITY_OF);
    return OfficePatterns.mention(text, tokens, from - cityOf, end, EntityType.PLACE);
  }

  private static Mention cityOf(String text, List<Token> tokens, int at, int nameStart) {
    int end = nameStart;
    while (end < tokens.size() && end - nameStart < MAX_NAME_WORDS && TokenPhrases.nameWord(tokens.get(end))
        && TokenPhrases.joins(tokens, end, end == nameStart)) {
      end++;
    }
    if (end == nameStart) {
      return null;
    }
    int police = TokenPhrases.matchAt(tokens, end, POLICE);
    if (police > 0 && end < tokens.size() && TokenPhrases.joins(tokens, end, true)) {
      end += police;
    }
    return OfficePatterns.mention(text, tokens, at, end, EntityType.PLACE);
  }
}
