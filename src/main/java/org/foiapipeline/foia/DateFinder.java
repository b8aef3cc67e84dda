package org.foiapipeline.foia;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates written in text, in the common US forms: {@code March 5, 2019}, {@code Mar. 5, 2019},
 * {@code Tuesday, March 05, 2019}, {@code 5 March 2019}, {@code 5th day of March, 2019}, {@code 03/05/2019},
 * {@code 3/5/19}, {@code 3-5-2019}, {@code 2019-03-05} (also with a {@code T10:42} time), {@code 2019.03.05}
 * (digital-signature stamps), {@code 2019/03/05} and {@code MAR-05-2019} (fax headers).
 *
 * <p>A month without a day ({@code March 2019}) is not a date mention: it names a period, and reading it as
 * the first of the month would invent a precision the page does not have. Impossible dates (February 30,
 * month 13) and years outside 1900-2099 are rejected. Two-digit years pivot at 50: {@code 3/5/19} is 2019,
 * {@code 3/5/98} is 1998. Immutable and thread-safe.
 */
public final class DateFinder {
  private static final String MONTH =
      "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:19|20)\\d{2})";

  private static final List<Pattern> PATTERNS =
      List.of(
          // March 5, 2019 / Mar. 05 2019 / March 5,2019
          Pattern.compile(
              "(?<![A-Za-z])" + MONTH + "\\s{1,3}" + DAY + "\\s*,?\\s{0,3}" + YEAR + "(?!\\d)",
              Pattern.CASE_INSENSITIVE),
          // MAR-05-2019 (fax headers)
          Pattern.compile("(?<![A-Za-z])" + MONTH + "-" + DAY + "-" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE),
          // 5 March 2019 / 5th day of March, 2019
          Pattern.compile(
              "(?<![\\w/])" + DAY + "\\s+(?:day\\s+of\\s+)?" + MONTH + ",?\\s{1,3}" + YEAR + "(?!\\d)",
              Pattern.CASE_INSENSITIVE),
          // 2019-03-05, 2019-03-05T10:42, 2019.03.18, 2019/03/05
          Pattern.compile(
              "(?<![\\d./-])" + YEAR + "(?<sep>[-./])(?<mnum>[01]?\\d)\\k<sep>(?<day>[0-3]?\\d)(?![\\d./-])"),
          // 03/05/2019, 3/5/19, 3-5-2019
          Pattern.compile(
              "(?<![\\d./-])(?<mnum>[01]?\\d)(?<sep>[/-])(?<day>[0-3]?\\d)\\k<sep>"
                  + "(?<year>(?:19|20)\\d{2}|\\d{2})(?![\\d/-]|\\.\\d)"));

  /** Every date in the text, in text order; overlapping readings keep the earliest, longest one. */
  public List<DateMention> find(String text) {
    List<DateMention> all = new ArrayList<>();
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        toDate(m).ifPresent(d -> all.add(new DateMention(d, m.group(), m.start(), m.end())));
      }
    }
    all.sort(Comparator.comparingInt(DateMention::start).thenComparing(d -> -d.end()));
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : all) {
      if (kept.isEmpty() || d.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(d);
      }
    }
    return kept;
  }

  /** The first date in the text, if any. */
  public Optional<LocalDate> first(String text) {
    return find(text).stream().findFirst().map(DateMention::date);
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    int month = m.pattern().pattern().contains("<mnum>") ? Integer.parseInt(m.group("mnum")) : monthOf(m);
    int day = Integer.parseInt(m.group("day"));
    int year = Integer.parseInt(m.group("year"));
    if (year < 100) {
      year += year < 50 ? 2000 : 1900;
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // February 30 and friends are not dates, whatever the pattern says
    }
  }

  private static int monthOf(Matcher m) {
    String prefix = m.group("month").substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
  }
}
