package org.foiapipeline.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops gazetteer names that the words around them show are something else: an agency acronym that starts a
 * FOIA request or Bates number ("ICE-2020-FOIA-012145", "ICE 2017FOIA82464-03584") and a state name that
 * is a street ("Washington Avenue") or a party to a cited case ("Garrity v. New Jersey"); and any name
 * inside an e-mail address or web address ("j.cleveland@co.terrell.tx.us" holds no Cleveland County).
 */
final class MentionFilters {
  private static final Pattern NUMBER_AFTER = Pattern.compile("(?:-\\d|[ \\t]+\\d{4}[A-Za-z])");
  private static final Pattern STREET_AFTER =
      Pattern.compile("[ \\t]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl"
          + "|Square|Parkway|Pkwy|Highway|Hwy|Circle|Court|Ct)\\b\\.?");

  private static final Pattern CASE_BEFORE = Pattern.compile("\\bvs?\\.\\s+$");

  private MentionFilters() {}

  /** Whether the mention lies inside one whitespace-free word that is an e-mail or web address. */
  private static boolean inAddress(String text, Mention m) {
    int from = m.start();
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = m.end();
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    if (m.text().chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    String word = text.substring(from, to);
    return word.indexOf('@') >= 0 || word.contains("://") || word.startsWith("www.");
  }

  static List<Mention> apply(String text, List<Mention> mentions) {
    return mentions.stream().filter(m -> keep(text, m)).toList();
  }

  private static boolean keep(String text, Mention m) {
    if (inAddress(text, m)) {
      return false;
    }
    if (m.source().equals("pattern") || m.end() >= text.length()) {
      return true;
    }
    Pattern after = switch (m.type()) {
      case AGENCY -> NUMBER_AFTER;
      case STATE -> STREET_AFTER;
      default -> null;
    };
    if (m.type() == EntityType.STATE && CASE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start()))
        .find()) {
      return false;
    }
    return after == null || !after.matcher(text).region(m.end(), text.length()).lookingAt();
  }
}
