package org.foiapipeline.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.Filters;
import org.foiapipeline.search.Jurisdictions;
import picocli.CommandLine.Option;

/** The filters that search and contacts share. */
public final class FilterOptions {
  @Option(names = "--agency", paramLabel = "ID|NAME", description = "Only this agency, e.g. agency:ice or ICE.")
  String agency;

  @Option(names = "--jurisdiction", paramLabel = "NAME|ID", description = "Only this jurisdiction: \"Dakota County, NE\", \"Dakota Co\", county:31043.")
  String jurisdiction;

  @Option(names = "--state", paramLabel = "ST", description = "Only this state (USPS code).")
  String state;

  @Option(names = "--from", paramLabel = "DATE", description = "From this date: YYYY-MM-DD, YYYY-MM or YYYY.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY.")
  String to;

  @Option(names = "--kind", paramLabel = "K", description = "Contact kind: inquiry, application, agreement, training, meeting, other.")
  String kind;

  @Option(names = "--exemption", paramLabel = "CODE", description = "Pages carrying this exemption code, e.g. (b)(6) or b6.")
  String exemption;

  Filters filters(Jurisdictions names) {
    return new Filters(
        agency == null ? List.of() : List.of(names.agency(agency)),
        jurisdiction == null ? List.of() : List.of(names.jurisdiction(jurisdiction)),
        Optional.ofNullable(state).map(FilterOptions::state),
        Optional.ofNullable(from).map(d -> date(d, true)),
        Optional.ofNullable(to).map(d -> date(d, false)),
        Optional.ofNullable(kind).map(FilterOptions::kind),
        Optional.ofNullable(exemption).map(FilterOptions::exemption));
  }

  static String state(String s) {
    if (!s.strip().matches("(?i)[a-z]{2}")) {
      throw new IllegalArgumentException("--state takes a two-letter USPS code such as TX, got \"" + s + "\"");
    }
    return s.strip().toUpperCase(Locale.ROOT);
  }

  static String kind(String k) {
    try {
      return ContactKind.parse(k).label();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--kind must be one of inquiry, application, agreement, training, meeting, other; got \"" + k + "\"");
    }
  }

  /** {@code b6}, {@code (b)(7)(c)}, {@code (b) (6)} all become {@code (b)(6)} / {@code (b)(7)(C)}. */
  static String exemption(String code) {
    String c = code.replaceAll("[\\s()]", "").toLowerCase(Locale.ROOT);
    if (!c.matches("b[1-9](?:[a-f])?")) {
      throw new IllegalArgumentException("--exemption takes a FOIA exemption such as (b)(6) or (b)(7)(C), got \"" + code + "\"");
    }
    return "(b)(" + c.charAt(1) + ")" + (c.length() > 2 ? "(" + Character.toUpperCase(c.charAt(2)) + ")" : "");
  }

  static LocalDate date(String text, boolean start) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(t);
        return start ? month.atDay(1) : month.atEndOfMonth();
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("dates are YYYY-MM-DD, YYYY-MM or YYYY; got \"" + text + "\"");
    }
  }
}
