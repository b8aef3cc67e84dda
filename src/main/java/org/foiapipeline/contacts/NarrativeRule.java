package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Contacts stated in running text: a sentence with an interaction verb ("applied for", "met with",
 * "nominated officers", "expressed interest") that names a jurisdiction (or says "the Board", "the Commission",
 * "our office", meaning the document's home jurisdiction) and a reported agency (or the 287(g) program, which is ICE's).
 * A sentence that only names a county, as a news clipping does, is no contact. Dated by a date in the
 * sentence, else the nearest stated date on the page, else the document's date.
 */
final class NarrativeRule {
  private static final Pattern ANAPHOR =
      Pattern.compile(
          "(?i)\\b(?:(?:the|our|this|my|your)\\s+(?:board|county|commission|commissioners|court|council|sheriff|sheriff's office"
              + "|office|department|city|agency|jail)\\b|^\\W*we\\b|^\\W*i\\b)");

  List<Contact> find(DocumentContext doc, AnnotatedPage page) {
    List<Contact> out = new ArrayList<>();
    for (Sentences.Span s : Sentences.split(page.text(), 0, page.text().length())) {
      Cues.verb(s.text()).ifPresent(cue -> out.addAll(sentence(doc, page, s, cue)));
    }
    return out;
  }

  private static List<Contact> sentence(DocumentContext doc, AnnotatedPage page, Sentences.Span s, Cues.Cue cue) {
    List<ResolvedMention> inside = Parties.within(page, s.start(), s.end());
    List<String> jurisdictions = Parties.jurisdictions(inside);
    if (jurisdictions.isEmpty() && ANAPHOR.matcher(s.text()).find()) {
      jurisdictions = doc.home().stream().toList();
    }
    List<String> agencies = doc.reportedOf(Parties.agencies(inside));
    if (agencies.isEmpty()) {
      agencies = doc.programAgency(s.text()).stream().toList();
    }
    if (jurisdictions.isEmpty() || agencies.isEmpty()) {
      return List.of();
    }
    int at = s.start() + cue.start();
    String snippet = Evidence.slice(page.text(), s.start(), s.end(), at);
    Optional<LocalDate> date = doc.dateNear(page, s.start(), s.end());
    List<Contact> out = new ArrayList<>();
    for (String agency : agencies) {
      for (String jurisdiction : jurisdictions) {
        out.add(doc.contact(agency, jurisdiction, date, page, cue.kind(), snippet));
      }
    }
    return out;
  }
}
