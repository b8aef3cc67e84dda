package org.foiapipeline.foia;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Bates numbers: a prefix of letters (and optionally a year or request number) followed by a
 * zero-padded page sequence, e.g. {@code ICE-2017-FOIA-000123}, {@code DHS-001-00123}, {@code CBP-2020-000456},
 * {@code ICE 0001234}, {@code 2019-ICLI-00001 0042}, {@code 2018-ICFO-12345 000001},
 * {@code ICE 2020FOIA12345-00001}.
 *
 * <p>What keeps phone numbers, dates, ZIP codes, FIPS codes and {@code 287(g)} out: the first segment must
 * be letters (or a year followed by a letter segment), the sequence must be zero-padded or at least six
 * digits long, and a bare request number ({@code 2019-ICFO-12345}) needs its page suffix to count.
 * Immutable and thread-safe.
 */
public final class BatesFinder {
  /** LETTERS(-SEGMENT)*-000123, optionally followed by " 0042". */
  private static final Pattern LETTER_FIRST =
      Pattern.compile(
          "(?<![\\w-])[A-Z][A-Z]{1,9}(?:-[A-Z0-9]{1,12})*-(?<seq>\\d{4,10})(?<page> \\d{3,7})?(?![\\w-])");

  /** 2019-ICLI-00001 0042: a request number with its page suffix. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\w-])(?:19|20)\\d{2}-[A-Z]{2,8}-\\d{3,8} \\d{3,7}(?![\\w-])");

  /** ICE 0001234: a letter prefix, a space and a long zero-padded number. */
  private static final Pattern SPACED = Pattern.compile("(?<![\\w-])[A-Z]{3,8} (?<seq>0\\d{5,9})(?![\\w-])");

  /** ICE 2020FOIA12345-00001: a prefix, a request number run together, and the page sequence. */
  private static final Pattern RUN_TOGETHER =
      Pattern.compile("(?<![\\w-])[A-Z]{2,8} (?:19|20)\\d{2}[A-Z][A-Z0-9]{1,7}\\d{3,10}-\\d{3,8}(?![\\w-])");

  private static final Set<String> NOT_PREFIXES = Set.of("FIPS", "ZIP", "PHONE", "FAX", "TEL", "CASE", "NO", "NUMBER");

  /** The Bates numbers in the text, as printed, distinct, in order of first appearance. */
  public List<String> find(String text) {
    // each number with where it first stands: sorting by a search of the page text per comparison cost a
    // share of the whole ingest on pages with many numbers
    Map<String, Integer> found = new LinkedHashMap<>();
    collect(LETTER_FIRST, text, found);
    collect(YEAR_FIRST, text, found);
    collect(SPACED, text, found);
    collect(RUN_TOGETHER, text, found);
    return found.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
  }

  private static void collect(Pattern pattern, String text, Map<String, Integer> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (accept(m)) {
        found.merge(m.group(), m.start(), Math::min);
      }
    }
  }

  private static boolean accept(Matcher m) {
    String value = m.group();
    String prefix = value.split("[- ]")[0];
    if (NOT_PREFIXES.contains(prefix)) {
      return false;
    }
    if (!m.pattern().pattern().contains("<seq>")) {
      return true;
    }
    String seq = m.group("seq");
    boolean padded = seq.startsWith("0") || seq.length() >= 6;
    return padded || hasPage(m);
  }

  private static boolean hasPage(Matcher m) {
    return m.pattern() == LETTER_FIRST && m.group("page") != null;
  }
}
