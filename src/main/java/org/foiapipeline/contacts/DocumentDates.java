package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.foiapipeline.foia.DateMention;
import org.foiapipeline.foia.EmailMessage;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * The dates that matter in one document: the letter date, signature dates, the document's own date, and
 * the nearest stated date to a passage.
 *
 * <p>Template footers ("Revised 02/15/2025", "Rev 2/14/25", "Form I-247A (Updated 3/17)") date the form,
 * not the document, and are never used.
 */
final class DocumentDates {
  private static final Pattern TEMPLATE =
      Pattern.compile(
          "(?i)(?:\\brev(?:ised|ision)?\\.?|\\bupdated|\\blast modified|\\bversion|\\bver\\.|\\bform\\b[^\\n]{0,30}|\\beffective for)"
              + "[\\s:(]*$");
  private static final Pattern SIGNATURE_PAGE =
      Pattern.compile("(?im)in witness whereof|signatures?\\s*:|approval signatures|signature (?:page|block)|/s/|[_—–]{6,}"
              + "|signed\\s*:|approved\\s*:|^\\s*(?:by|name|title)\\s*:");
  private static final Pattern DATE_WORD = Pattern.compile("(?i)\\bdate[ds]?\\b");
  private static final int TOP_LINES = 12;

  private final List<AnnotatedPage> pages;
  /** Each page's stated dates, read once: every rule asks for them, a table's rows once per row. */
  private final Map<AnnotatedPage, List<DateMention>> stated = new IdentityHashMap<>();

  DocumentDates(List<AnnotatedPage> pages) {
    this.pages = pages;
  }

  /** Whether the date is a template footer's revision date. */
  static boolean isTemplate(String text, DateMention d) {
    // only the few words before the date matter; a bounded window keeps very long lines linear
    int lineStart = d.start();
    while (lineStart > 0 && lineStart > d.start() - 40 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return TEMPLATE.matcher(text.substring(lineStart, d.start())).find();
  }

  /** The page's dates that are not template footers. */
  List<DateMention> stated(AnnotatedPage page) {
    return stated.computeIfAbsent(page, p -> p.structure().dates().stream().filter(d -> !isTemplate(p.text(), d)).toList());
  }

  /** The date the document itself was sent or signed: first email, else letter date, else signature. */
  Optional<LocalDate> correspondenceDate() {
    return firstEmailDate()
        .or(() -> pages.isEmpty() ? Optional.empty() : letterDate(pages.get(0)))
        .or(this::signatureDate);
  }



  Optional<LocalDate> firstEmailDate() {
    return pages.stream()
        .flatMap(p -> p.structure().emails().stream())
        .map(EmailMessage::sent)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** A date standing (almost) alone on one of the page's top lines, as a letter's date line does. */
  Optional<LocalDate> letterDate(AnnotatedPage page) {
    String text = page.text();
    int top = offsetAfterLines(text, TOP_LINES);
    return stated(page).stream()
        .filter(d -> d.start() < top && aloneOnLine(text, d))
        .map(DateMention::date)
        .findFirst();
  }

  /** The latest date on the signature pages; an agreement takes effect when its last party signs. */
  Optional<LocalDate> signatureDate() {
    return pages.stream()
        .filter(DocumentDates::isSignaturePage)
        .flatMap(p -> stated(p).stream())
        .map(DateMention::date)
        .max(Comparator.naturalOrder());
  }

  static boolean isSignaturePage(AnnotatedPage page) {
    return page.structure().emails().isEmpty()
        && SIGNATURE_PAGE.matcher(page.text()).find()
        && DATE_WORD.matcher(page.text()).find();
  }

  /** The stated date nearest to {@code offset} on the page. */
  Optional<LocalDate> nearest(AnnotatedPage page, int offset) {
    return stated(page).stream()
        .min(Comparator.comparingInt(d -> Math.min(Math.abs(d.start() - offset), Math.abs(d.end() - offset))))
        .map(DateMention::date);
  }

  /** The first date in page 1's top lines that {@code keep} accepts. */
  Optional<LocalDate> topDate(Predicate<DateMention> keep) {
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    AnnotatedPage first = pages.get(0);
    int top = offsetAfterLines(first.text(), TOP_LINES);
    return stated(first).stream().filter(d -> d.start() < top && keep.test(d)).map(DateMention::date).findFirst();
  }

  Optional<LocalDate> earliestDate() {
    return pages.stream().flatMap(p -> stated(p).stream()).map(DateMention::date).min(Comparator.naturalOrder());
  }

  private static boolean aloneOnLine(String text, DateMention d) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1;
    int lineEnd = text.indexOf('\n', d.end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    String rest = line.replace(d.text(), "").replaceAll("(?i)\\bdate[d]?\\s*:?|[\\s,.]", "");
    return rest.length() <= 3;
  }

  /** The offset where the {@code n}-th non-blank line ends. */
  static int offsetAfterLines(String text, int n) {
    int seen = 0;
    int at = 0;
    while (at < text.length() && seen < n) {
      int nl = text.indexOf('\n', at);
      int end = nl < 0 ? text.length() : nl;
      seen += text.substring(at, end).isBlank() ? 0 : 1;
      at = end + 1;
    }
    return Math.min(at, text.length());
  }
}
