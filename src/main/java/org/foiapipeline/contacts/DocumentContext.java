package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * What every rule needs to know about the document it reads: its pages, dates, the agencies to report and
 * its home jurisdiction (the one a "the Board" or "our office" refers to).
 *
 * <p>The document's own date is the first email's Sent date, else the letter date on page 1, else the
 * latest signature date, else the first date in page 1's top lines (a title, a "prepared" line, the
 * minutes' meeting date; not a table row), else for a status table the latest row date, as a list is
 * current as of its last entry, else the earliest date in the document.
 */
final class DocumentContext {
  private static final Pattern ICE_PROGRAM = Pattern.compile("287\\s?\\(g\\)|287g", Pattern.CASE_INSENSITIVE);

  final List<AnnotatedPage> pages;
  final DocumentDates dates;
  /** Each page's status-table rows, found once (the table test, the rows' contacts and dates all read them). */
  private final Map<AnnotatedPage, List<TableRule.Row>> tableRows = new IdentityHashMap<>();
  final Optional<LocalDate> documentDate;
  private final Set<String> reported;
  private final Optional<String> home;

  DocumentContext(List<AnnotatedPage> pages, Set<String> reported) {
    this.pages = pages;
    this.reported = reported;
    this.dates = new DocumentDates(pages);
    this.documentDate =
        dates.correspondenceDate()
            .or(() -> pages.isEmpty() ? Optional.empty() : dates.topDate(TableRule.offRows(this, pages.get(0))))
            .or(() -> TableRule.latestRowDate(this))
            .or(dates::earliestDate);
    this.home = findHome();
  }

  List<TableRule.Row> tableRows(AnnotatedPage page) {
    return tableRows.computeIfAbsent(page, TableRule::rows);
  }

  boolean reports(String agency) {
    return reported.contains(agency);
  }

  /** The reported agencies among {@code ids}, in order. */
  List<String> reportedOf(Set<String> ids) {
    return ids.stream().filter(reported::contains).toList();
  }

  Optional<String> home() {
    return home;
  }

  /** The agency a 287(g) reference implies, when it is one this finder reports. */
  Optional<String> programAgency(String text) {
    return ICE_PROGRAM.matcher(text).find() && reports("agency:ice") ? Optional.of("agency:ice") : Optional.empty();
  }

  /** The stated date in {@code [start, end)} of the page, else the nearest one, else the document's date. */
  Optional<LocalDate> dateNear(AnnotatedPage page, int start, int end) {
    return dates.stated(page).stream()
        .filter(d -> d.start() >= start && d.end() <= end)
        .map(d -> d.date())
        .findFirst()
        .or(() -> dates.nearest(page, start))
        .or(() -> documentDate);
  }

  Contact contact(String agency, String jurisdiction, Optional<LocalDate> date, AnnotatedPage page,
      ContactKind kind, String snippet) {
    return new Contact(agency, jurisdiction, date, page.number(), kind, snippet);
  }

  /** The first jurisdiction in page 1's top lines (letterhead, minutes title), else the most named one. */
  private Optional<String> findHome() {
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    AnnotatedPage first = pages.get(0);
    int top = DocumentDates.offsetAfterLines(first.text(), 6);
    List<String> atTop = Parties.jurisdictions(Parties.within(first, 0, top));
    if (!atTop.isEmpty()) {
      return Optional.of(atTop.get(0));
    }
    Map<String, Long> counts =
        pages.stream()
            .flatMap(p -> p.mentions().stream())
            .filter(Parties::isJurisdiction)
            .map(ResolvedMention::entityId)
            .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey);
  }
}
