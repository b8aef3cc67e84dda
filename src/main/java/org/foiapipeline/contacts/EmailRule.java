package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foiapipeline.foia.EmailMessage;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Contacts from printed email messages: a message whose header or signature names a reported agency (by a
 * mention or a federal address such as {@code @ice.dhs.gov}) on one side and a jurisdiction on the other is
 * a contact dated by its own Sent line. A message that names only one side borrows the other from the rest
 * of the chain, but only when its header shows a local party (a non-federal address or a person seen with
 * one), so that an ICE-internal forward is not mistaken for a contact with the county.
 */
final class EmailRule {
  private static final int SIGNATURE_LINES = 8;

  /** One message with the page it is printed on and where its body ends. */
  private record Message(AnnotatedPage page, EmailMessage header, int bodyEnd, Sides sides) {
    String headerText() {
      return page.text().substring(header.start(), header.end());
    }
  }

  /** The parties a message names itself. */
  private record Sides(List<String> agencies, List<String> jurisdictions, boolean localAddress) {}

  List<Contact> find(DocumentContext doc) {
    List<Message> messages = messages(doc);
    ChainPeople people = new ChainPeople(messages.stream().map(Message::header).toList());
    Set<String> chainJurisdictions = new LinkedHashSet<>();
    messages.forEach(m -> chainJurisdictions.addAll(m.sides().jurisdictions()));
    List<Contact> out = new ArrayList<>();
    for (Message m : messages) {
      List<String> agencies = m.sides().agencies();
      List<String> jurisdictions = m.sides().jurisdictions();
      if (agencies.isEmpty() && !jurisdictions.isEmpty()) {
        agencies = people.federalAgency(m.header()).filter(doc::reports).stream().toList();
      }
      if (jurisdictions.isEmpty() && (m.sides().localAddress() || people.namesLocalPerson(m.header()))) {
        jurisdictions = chainJurisdictions.stream().limit(1).toList();
      }
      out.addAll(contacts(doc, m, agencies, jurisdictions));
    }
    return out;
  }

  private List<Message> messages(DocumentContext doc) {
    List<Message> out = new ArrayList<>();
    for (AnnotatedPage page : doc.pages) {
      List<EmailMessage> emails = page.structure().emails();
      for (int i = 0; i < emails.size(); i++) {
        EmailMessage e = emails.get(i);
        int bodyEnd = i + 1 < emails.size() ? emails.get(i + 1).start() : page.text().length();
        out.add(new Message(page, e, bodyEnd, sides(doc, page, e, bodyEnd)));
      }
    }
    return out;
  }

  private static Sides sides(DocumentContext doc, AnnotatedPage page, EmailMessage e, int bodyEnd) {
    String text = page.text();
    int signature = signatureStart(text, e.end(), bodyEnd);
    List<ResolvedMention> header = Parties.within(page, e.start(), e.end());
    List<ResolvedMention> sign = Parties.within(page, signature, bodyEnd);
    String headerText = text.substring(e.start(), e.end());
    Set<String> agencies = new LinkedHashSet<>(Parties.agencies(header));
    agencies.addAll(Parties.agenciesByAddress(headerText));
    agencies.addAll(Parties.agencies(sign));
    agencies.addAll(Parties.agenciesByAddress(text.substring(signature, bodyEnd)));
    Set<String> jurisdictions = new LinkedHashSet<>(Parties.jurisdictions(header));
    jurisdictions.addAll(Parties.jurisdictions(sign));
    return new Sides(doc.reportedOf(agencies), List.copyOf(jurisdictions), Parties.hasLocalAddress(headerText));
  }

  /** Where the signature block starts: the last few non-blank lines of the body. */
  private static int signatureStart(String text, int bodyStart, int bodyEnd) {
    int at = bodyEnd;
    int lines = 0;
    while (at > bodyStart && lines < SIGNATURE_LINES) {
      int nl = text.lastIndexOf('\n', at - 1);
      int lineStart = Math.max(bodyStart, nl + 1);
      lines += text.substring(lineStart, at).isBlank() ? 0 : 1;
      at = nl < bodyStart ? bodyStart : nl;
    }
    return at;
  }

  private static List<Contact> contacts(DocumentContext doc, Message m, List<String> agencies, List<String> jurisdictions) {
    if (agencies.isEmpty() || jurisdictions.isEmpty()) {
      return List.of();
    }
    String text = m.page().text();
    String body = text.substring(m.header().end(), m.bodyEnd());
    Optional<Cues.Cue> verb = Cues.verb(body);
    ContactKind kind = verb.map(Cues.Cue::kind)
        .or(() -> Cues.any(m.header().subject()).map(Cues.Cue::kind))
        .orElse(ContactKind.OTHER);
    String snippet = verb.map(c -> sentenceAround(text, m.header().end() + c.start(), m))
        .orElseGet(() -> Evidence.slice(text, m.header().start(), m.header().end(), m.header().start()));
    Optional<LocalDate> date = m.header().sent()
        .or(() -> DocumentDates.nearest(m.page(), m.header().start()))
        .or(() -> doc.documentDate);
    List<Contact> out = new ArrayList<>();
    for (String agency : agencies) {
      for (String jurisdiction : jurisdictions) {
        out.add(doc.contact(agency, jurisdiction, date, m.page(), kind, snippet));
      }
    }
    return out;
  }

  private static String sentenceAround(String text, int cue, Message m) {
    for (Sentences.Span s : Sentences.split(text, m.header().end(), m.bodyEnd())) {
      if (s.start() <= cue && cue < s.end()) {
        return Evidence.slice(text, s.start(), s.end(), cue);
      }
    }
    return Evidence.slice(text, cue - 100, cue + 200, cue);
  }
}
