package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Contacts from agreements: "This Memorandum of Agreement ... between U.S. Immigration and Customs
 * Enforcement (ICE) ... and the X County Sheriff's Office" names both parties; so does a signature page
 * whose blocks name ICE and the local agency. Either is an {@code agreement} dated by the latest signature
 * date. Only the first jurisdiction of the parties clause counts: the rest of an MOA names others in
 * passing. When the clause names none (a form field printed elsewhere), the document's home jurisdiction is
 * the party.
 */
final class AgreementRule {
  private static final Pattern PARTIES_CLAUSE =
      Pattern.compile(
          "(?is)(?:memorandum\\s+of\\s+(?:agreement|understanding)|\\bMOA\\b|\\bMOU\\b|\\bagreement\\b)"
              + ".{0,160}?\\bbetween\\b");
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)pursuant to|hereinafter|\\.\\s");
  private static final Pattern ICE_NAME =
      Pattern.compile("Immigration\\s+(?:and|&)\\s+Customs\\s+Enforcement|\\bICE\\b");
  private static final int WINDOW = 500;

  List<Contact> find(DocumentContext doc) {
    List<Contact> out = new ArrayList<>();
    for (AnnotatedPage page : doc.pages) {
      if (page.structure().emails().isEmpty()) {
        partiesClause(doc, page).ifPresent(out::add);
        if (DocumentDates.isSignaturePage(page) && isAgreementDocument(doc)) {
          signatures(doc, page).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** Whether any page holds an agreement's parties clause. */
  static boolean isAgreementDocument(DocumentContext doc) {
    return doc.pages.stream().anyMatch(p -> p.structure().emails().isEmpty() && clause(p).isPresent());
  }

  /** Where a parties clause stands on its page. */
  private record Clause(int start, int end) {}

  private static Optional<Clause> clause(AnnotatedPage page) {
    Matcher m = PARTIES_CLAUSE.matcher(page.text());
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.end();
    int limit = Math.min(page.text().length(), start + WINDOW);
    String window = page.text().substring(start, limit);
    Matcher end = CLAUSE_END.matcher(window);
    int stop = end.find() && end.start() > 60 ? start + end.end() : limit;
    return ICE_NAME.matcher(page.text().substring(m.start(), stop)).find() || hasIce(page, m.start(), stop)
        ? Optional.of(new Clause(m.start(), stop))
        : Optional.empty();
  }

  private static boolean hasIce(AnnotatedPage page, int start, int end) {
    return Parties.agencies(Parties.within(page, start, end)).contains("agency:ice");
  }

  private static Optional<Contact> partiesClause(DocumentContext doc, AnnotatedPage page) {
    if (!doc.reports("agency:ice")) {
      return Optional.empty();
    }
    return clause(page).flatMap(span -> {
      List<String> js = Parties.jurisdictions(Parties.within(page, span.start(), span.end()));
      String snippet = Evidence.slice(page.text(), span.start(), span.end(), span.start());
      // A filled-in form field can put the LEA's name outside the clause in reading order; the
      // document's home jurisdiction (the one its pages name most) is then the party.
      return js.stream().findFirst().or(doc::home).map(j -> doc.contact("agency:ice", j, date(doc), page, ContactKind.AGREEMENT, snippet));
    });
  }

  private static Optional<Contact> signatures(DocumentContext doc, AnnotatedPage page) {
    List<ResolvedMention> all = Parties.within(page, 0, page.text().length());
    boolean ice = Parties.agencies(all).contains("agency:ice") || ICE_NAME.matcher(page.text()).find();
    List<String> js = Parties.jurisdictions(all);
    if (!ice || js.isEmpty() || !doc.reports("agency:ice")) {
      return Optional.empty();
    }
    int at = all.stream().filter(Parties::isJurisdiction).findFirst().map(m -> m.mention().start()).orElse(0);
    String snippet = Evidence.slice(page.text(), at - 150, at + 150, at);
    return Optional.of(doc.contact("agency:ice", js.get(0), date(doc), page, ContactKind.AGREEMENT, snippet));
  }

  private static Optional<LocalDate> date(DocumentContext doc) {
    return doc.dates.signatureDate().or(() -> doc.documentDate);
  }
}
