package org.foiapipeline.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops gazetteer names that the words around them show are something else: an agency acronym that starts a
 * FOIA request or Bates number ("ICE-2020-FOIA-012145", "ICE 2017FOIA82464-03584") and a state name that
 * is a street ("Washington Avenue").
 */
final class MentionFilters {
  private static final Pattern NUMBER_AFTER = Pattern.compile("(?:-\\d|[ \\t]+\\d{4}[A-Za-z])");
  private static final Pattern STREET_AFTER =
      Pattern.compile("[ \\t]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl"
          + "|Square|Parkway|Pkwy|Highway|Hwy|Circle|Court|Ct)\\b\\.?");

  private MentionFilters() {}

  static List<Mention> apply(String text, List<Mention> mentions) {
    return mentions.stream().filter(m -> keep(text, m)).toList();
  }

  private static boolean keep(String text, Mention m) {
    if (m.source().equals("pattern") || m.end() >= text.length()) {
      return true;
    }
    Pattern after = switch (m.type()) {
      case AGENCY -> NUMBER_AFTER;
      case STATE -> STREET_AFTER;
      default -> null;
    };
    return after == null || !after.matcher(text).region(m.end(), text.length()).lookingAt();
  }
}
