package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.foiapipeline.foia.DateMention;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Contacts listed in a table: one line per jurisdiction with a status word ("interested", "applied",
 * "signed MOA", "trained"). A page counts as such a table when at least two short lines read that way and
 * the page or document is about ICE or 287(g); "not interested" and "no response" lines are no contact.
 */
final class TableRule {
  private static final int MAX_LINE = 140;
  private static final int MIN_ROWS = 2;

  /** One table row: the line's span, its jurisdictions and the kind its status word gives. */
  record Row(int start, int end, List<String> jurisdictions, ContactKind kind) {}

  List<Contact> find(DocumentContext doc, AnnotatedPage page, Optional<String> agency) {
    if (agency.isEmpty()) {
      return List.of();
    }
    List<Row> rows = doc.tableRows(page);
    if (rows.size() < MIN_ROWS) {
      return List.of();
    }
    List<Contact> out = new ArrayList<>();
    for (Row row : rows) {
      String snippet = Evidence.slice(page.text(), row.start(), row.end(), row.start());
      Optional<LocalDate> date = lineDate(doc, page, row);
      for (String j : row.jurisdictions()) {
        out.add(doc.contact(agency.get(), j, date, page, row.kind(), snippet));
      }
    }
    return out;
  }

  /** A date on the row itself, else the document's: another row's date is not this row's. */
  private static Optional<LocalDate> lineDate(DocumentContext doc, AnnotatedPage page, Row row) {
    return doc.dates.stated(page).stream()
        .filter(d -> d.start() >= row.start() && d.end() <= row.end())
        .map(DateMention::date)
        .findFirst()
        .or(() -> doc.documentDate);
  }

  /** Whether the page holds a status table (at least two rows). */
  static boolean isTable(DocumentContext doc, AnnotatedPage page) {
    return doc.tableRows(page).size() >= MIN_ROWS;
  }

  /** A test for dates that do not stand on a row of the page's table (rows are found once). */
  static Predicate<DateMention> offRows(DocumentContext doc, AnnotatedPage page) {
    List<Row> rows = doc.tableRows(page);
    if (rows.size() < MIN_ROWS) {
      return d -> true;
    }
    return d -> rows.stream().noneMatch(r -> d.start() >= r.start() && d.end() <= r.end());
  }

  /** The latest date written on a table row of the document, if it has a table. */
  static Optional<LocalDate> latestRowDate(DocumentContext doc) {
    Optional<LocalDate> latest = Optional.empty();
    for (AnnotatedPage page : doc.pages) {
      List<Row> rows = doc.tableRows(page);
      if (rows.size() < MIN_ROWS) {
        continue;
      }
      for (DateMention d : doc.dates.stated(page)) {
        boolean onRow = rows.stream().anyMatch(r -> d.start() >= r.start() && d.end() <= r.end());
        if (onRow && latest.map(l -> d.date().isAfter(l)).orElse(true)) {
          latest = Optional.of(d.date());
        }
      }
    }
    return latest;
  }

  /** The page's status-table rows; {@link DocumentContext#tableRows} keeps them for the document. */
  static List<Row> rows(AnnotatedPage page) {
    String text = page.text();
    List<Row> rows = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      row(page, start, end).ifPresent(rows::add);
      start = end + 1;
    }
    return rows;
  }

  private static Optional<Row> row(AnnotatedPage page, int start, int end) {
    String line = page.text().substring(start, end);
    if (line.isBlank() || line.strip().length() > MAX_LINE || line.strip().endsWith(".")) {
      return Optional.empty();
    }
    List<ResolvedMention> inside = Parties.within(page, start, end);
    List<String> js = Parties.jurisdictions(inside);
    if (js.isEmpty()) {
      return Optional.empty();
    }
    return Cues.status(withoutMentions(line, inside, start)).map(kind -> new Row(start, end, js, kind));
  }

  /** The line with its names blanked out, so "Stark County Commission" is not read as a status. */
  private static String withoutMentions(String line, List<ResolvedMention> mentions, int lineStart) {
    StringBuilder b = new StringBuilder(line);
    for (ResolvedMention m : mentions) {
      for (int i = m.mention().start(); i < m.mention().end(); i++) {
        b.setCharAt(i - lineStart, ' ');
      }
    }
    return b.toString();
  }
}
