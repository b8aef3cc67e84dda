package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.foiapipeline.foia.EmailMessage;
import org.foiapipeline.foia.ExemptionFinder;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Contacts from printed email messages. A message is a contact when its header shows a local party (an
 * address off the federal domains, a person seen elsewhere in the chain with one, or a jurisdiction named
 * on the From/To/Cc lines) and the message, or failing that its chain, names a reported agency and a
 * jurisdiction. An email between two redacted ICE employees about a county (a forwarded news clipping)
 * has no local party and is no contact. Each message is dated by its own Sent line.
 *
 * <p>Where each side comes from, in order: the header (mentions, federal addresses) and the signature
 * block (the last lines of the body); then, for the agency, and only when a header party is redacted or
 * was seen elsewhere with a federal address, the body's mentions, that person's agency, and the chain; for
 * the jurisdiction, the chain's first one. A sheriff writing to a county attorney about ICE is therefore
 * no ICE contact.
 */
final class EmailRule {
  private static final int SIGNATURE_LINES = 8;
  private static final ExemptionFinder EXEMPTIONS = new ExemptionFinder();
  private static final Pattern SENTENCE_END = Pattern.compile("\\w[.?!][\"”)]?\\s*$");
  private static final Pattern FIELD_LINE =
      Pattern.compile("(?im)^[ \\t>]*(From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance)[ \\t]*:");

  /** One message with the page it is printed on, where its body ends and the parties it names itself. */
  private record Message(AnnotatedPage page, EmailMessage header, int bodyEnd, Sides sides) {}

  /** The parties a message names itself. */
  private record Sides(List<String> agencies, List<String> bodyAgencies, List<String> jurisdictions,
      boolean localParty) {}

  List<Contact> find(DocumentContext doc) {
    List<Message> messages = messages(doc);
    ChainPeople people = new ChainPeople(messages.stream().map(Message::header).toList());
    Set<String> chainAgencies = new LinkedHashSet<>();
    Set<String> chainJurisdictions = new LinkedHashSet<>();
    messages.forEach(m -> chainAgencies.addAll(m.sides().agencies()));
    messages.forEach(m -> chainJurisdictions.addAll(m.sides().jurisdictions()));
    List<Contact> out = new ArrayList<>();
    for (Message m : messages) {
      if (!m.sides().localParty() && !people.namesLocalPerson(m.header())) {
        continue;
      }
      List<String> fromPerson = people.federalAgency(m.header()).filter(doc::reports).stream().toList();
      List<String> agencies = m.sides().agencies();
      if (agencies.isEmpty() && (!fromPerson.isEmpty() || hasRedactedParty(m.header()))) {
        agencies = first(m.sides().bodyAgencies(), fromPerson, List.copyOf(chainAgencies));
      }
      List<String> jurisdictions = first(m.sides().jurisdictions(), chainJurisdictions.stream().limit(1).toList());
      out.addAll(contacts(doc, m, agencies, jurisdictions));
    }
    return out;
  }

  /**
   * Whether a sender or recipient is withheld under an exemption: in a federal release that is the
   * federal employee, whose agency the body or the chain then names.
   */
  private static boolean hasRedactedParty(EmailMessage e) {
    String parties = String.join("\n", e.from(), String.join("\n", e.to()), String.join("\n", e.cc()));
    return !EXEMPTIONS.find(parties).isEmpty();
  }

  @SafeVarargs
  private static List<String> first(List<String>... options) {
    for (List<String> option : options) {
      if (!option.isEmpty()) {
        return option;
      }
    }
    return List.of();
  }

  private static List<Message> messages(DocumentContext doc) {
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
    List<String> body = doc.reportedOf(Parties.agencies(Parties.within(page, e.end(), bodyEnd)));
    boolean local = Parties.hasLocalAddress(headerText) || namedOnAddressLines(header, text);
    return new Sides(doc.reportedOf(agencies), body, List.copyOf(jurisdictions), local);
  }

  /** Whether a jurisdiction is named on a From/To/Cc line rather than in the Subject. */
  private static boolean namedOnAddressLines(List<ResolvedMention> header, String text) {
    return header.stream().filter(Parties::isJurisdiction).anyMatch(m -> !inSubject(text, m.mention().start()));
  }

  private static boolean inSubject(String text, int offset) {
    var matcher = FIELD_LINE.matcher(text).region(0, offset);
    String label = "";
    while (matcher.find()) {
      label = matcher.group(1);
    }
    return label.equalsIgnoreCase("subject");
  }

  /**
   * Where the signature block starts: after the body's last line of prose, and at most the last few
   * non-blank lines.
   */
  private static int signatureStart(String text, int bodyStart, int bodyEnd) {
    int at = bodyEnd;
    int lines = 0;
    while (at > bodyStart && lines < SIGNATURE_LINES) {
      int nl = text.lastIndexOf('\n', at - 1);
      int lineStart = Math.max(bodyStart, nl + 1);
      String line = text.substring(lineStart, at);
      if (endsProse(text, bodyStart, lineStart, line)) {
        return at;
      }
      lines += line.isBlank() ? 0 : 1;
      at = nl < bodyStart ? bodyStart : nl;
    }
    return at;
  }

  /** A line ending a sentence: five words or more, or the wrapped tail of a long line above it. */
  private static boolean endsProse(String text, int bodyStart, int lineStart, String line) {
    if (!SENTENCE_END.matcher(line).find()) {
      return false;
    }
    int previousStart = text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
    boolean wrapped = previousStart >= bodyStart && lineStart - previousStart > 50;
    return line.strip().split("\\s+").length >= 5 || wrapped;
  }

  private static List<Contact> contacts(DocumentContext doc, Message m, List<String> agencies,
      List<String> jurisdictions) {
    String text = m.page().text();
    String body = text.substring(m.header().end(), m.bodyEnd());
    Optional<Cues.Cue> verb = Cues.verb(body);
    ContactKind kind = verb.map(Cues.Cue::kind)
        .or(() -> Cues.any(m.header().subject()).map(Cues.Cue::kind))
        .orElse(ContactKind.OTHER);
    String snippet = verb.map(c -> sentenceAround(text, m.header().end() + c.start(), m))
        .orElseGet(() -> Evidence.slice(text, m.header().start(), m.header().end(), m.header().start()));
    Optional<LocalDate> date = m.header().sent()
        .or(() -> doc.dates.nearest(m.page(), m.header().start()))
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
