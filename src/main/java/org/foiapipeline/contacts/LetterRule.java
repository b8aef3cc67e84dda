package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Contacts from letters: the parties are whoever the letterhead, the address block and "Re:" line (all
 * above the salutation) and the signature block (below the closing, on the same or a later page) name. A
 * reported agency on one side and a jurisdiction on the other make a contact dated by the letter's date
 * line. Names in the body are not parties: a CBP letter that tells a sheriff to call ICE is no ICE contact.
 */
final class LetterRule {
  private static final Pattern SALUTATION = Pattern.compile("(?im)^[ \\t]*(?:Dear\\b|To whom it may concern|Gentlemen\\b)");
  private static final Pattern CLOSING =
      Pattern.compile(
          "(?im)^[ \\t]*(?:Sincerely(?: yours)?|Respectfully(?: submitted| yours)?|Very truly yours|Yours truly"
              + "|(?:Best |Kind |Warm )?Regards|Thank you|Cordially)[,.]?[ \\t]*$");

  /** Whether the page opens a letter (and carries no email headers, which the email rule reads). */
  static boolean opensLetter(AnnotatedPage page) {
    return page.structure().emails().isEmpty() && SALUTATION.matcher(page.text()).find();
  }

  List<Contact> find(DocumentContext doc) {
    List<Contact> out = new ArrayList<>();
    for (int i = 0; i < doc.pages.size(); i++) {
      AnnotatedPage page = doc.pages.get(i);
      if (opensLetter(page)) {
        out.addAll(letter(doc, i));
      }
    }
    return out;
  }

  private List<Contact> letter(DocumentContext doc, int pageIndex) {
    AnnotatedPage page = doc.pages.get(pageIndex);
    Matcher salutation = SALUTATION.matcher(page.text());
    salutation.find();
    int bodyStart = page.text().indexOf('\n', salutation.start());
    bodyStart = bodyStart < 0 ? page.text().length() : bodyStart;
    List<ResolvedMention> parties = new ArrayList<>(Parties.within(page, 0, bodyStart));
    Closing closing = closing(doc, pageIndex, bodyStart);
    parties.addAll(Parties.within(closing.page(), closing.start(), closing.page().text().length()));
    Set<String> agencies = new LinkedHashSet<>(Parties.agencies(parties));
    agencies.addAll(Parties.agenciesByAddress(page.text().substring(0, bodyStart)));
    List<String> reported = doc.reportedOf(agencies);
    List<String> jurisdictions = Parties.jurisdictions(parties);
    if (reported.isEmpty() || jurisdictions.isEmpty()) {
      return List.of();
    }
    return contacts(doc, page, bodyStart, closing, reported, jurisdictions);
  }

  private static List<Contact> contacts(DocumentContext doc, AnnotatedPage page, int bodyStart, Closing closing,
      List<String> agencies, List<String> jurisdictions) {
    String text = page.text();
    int bodyEnd = closing.page() == page ? closing.start() : text.length();
    String body = text.substring(bodyStart, bodyEnd);
    Optional<Cues.Cue> cue = Cues.verb(body).or(() -> Cues.any(text.substring(0, bodyEnd)).map(c -> shift(c, -bodyStart)));
    ContactKind kind = cue.map(Cues.Cue::kind).orElse(ContactKind.OTHER);
    int at = bodyStart + cue.map(Cues.Cue::start).orElse(0);
    String snippet = snippet(text, bodyStart, bodyEnd, Math.max(0, at));
    Optional<LocalDate> date = doc.dates.letterDate(page).or(() -> doc.documentDate);
    List<Contact> out = new ArrayList<>();
    for (String agency : agencies) {
      for (String jurisdiction : jurisdictions) {
        out.add(doc.contact(agency, jurisdiction, date, page, kind, snippet));
      }
    }
    return out;
  }

  private static Cues.Cue shift(Cues.Cue c, int by) {
    return new Cues.Cue(c.kind(), c.start() + by, c.end() + by);
  }

  private static String snippet(String text, int bodyStart, int bodyEnd, int cue) {
    for (Sentences.Span s : Sentences.split(text, bodyStart, bodyEnd)) {
      if (s.end() > cue) {
        return Evidence.slice(text, s.start(), s.end(), Math.max(cue, s.start()));
      }
    }
    return Evidence.slice(text, bodyStart, bodyEnd, bodyStart);
  }

  /** Where the letter's closing stands: on this page or one of the next three. */
  private record Closing(AnnotatedPage page, int start) {}

  private static Closing closing(DocumentContext doc, int pageIndex, int bodyStart) {
    for (int i = pageIndex; i < Math.min(doc.pages.size(), pageIndex + 4); i++) {
      AnnotatedPage p = doc.pages.get(i);
      if (i > pageIndex && opensLetter(p)) {
        break;
      }
      Matcher m = CLOSING.matcher(p.text());
      if (m.find(i == pageIndex ? bodyStart : 0)) {
        return new Closing(p, m.start());
      }
    }
    AnnotatedPage page = doc.pages.get(pageIndex);
    return new Closing(page, page.text().length());
  }
}
