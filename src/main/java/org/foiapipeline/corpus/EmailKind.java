package org.foiapipeline.corpus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A printed email chain (newest first) between an ERO field office and a sheriff's office or city police
 * department. Every message of the chain is one contact, dated by its Sent line.
 */
final class EmailKind implements DocumentKind {
  @Override
  public String name() {
    return "email";
  }

  @Override
  public Draft compose(Scene s) {
    Composer c = new Composer(s.metrics, s.baseStyle());
    Topic topic = s.pick(List.of(Topic.values()));
    boolean police = s.chance(0.25) && !s.county.borough();
    Party local = police ? Party.police(s) : Party.sheriff(s);
    int n = 1 + s.r.nextInt(4);
    boolean localFirst = s.chance(0.6);
    List<LocalDateTime> times = new ArrayList<>();
    LocalDateTime t = Dates.at(s.date, s.r);
    for (int i = 0; i < n; i++) {
      times.add(t);
      t = t.plusHours(2 + s.r.nextInt(70));
    }
    for (int i = n - 1; i >= 0; i--) {
      boolean fromLocal = (i % 2 == 0) == localFirst;
      if (i < n - 1) {
        c.gap(6).para().text(s.pick(List.of("-----Original Message-----", "________________________________")));
      }
      message(c, s, topic, local, fromLocal, times.get(i), i > 0);
    }
    return c.build(name(), times.get(n - 1).toLocalDate(), s.furniture(false));
  }

  static void message(Composer c, Scene s, Topic topic, Party local, boolean fromLocal, LocalDateTime t,
      boolean reply) {
    Style b = c.base().bold();
    c.para().style(b).text("From: ").style(c.base());
    if (fromLocal) {
      local.address(c);
    } else {
      c.redact(s.privacy(), "Firstname Lastname");
    }
    c.para().style(b).text("Sent: ").style(c.base()).text(Dates.sent(t, s.r));
    c.para().style(b).text("To: ").style(c.base());
    if (fromLocal) {
      c.redact(s.privacy(), "Firstname Lastname");
    } else {
      local.address(c);
    }
    if (s.chance(0.5)) {
      c.para().style(b).text("Cc: ").style(c.base()).redact(s.privacy(), "Another Name; Third Name");
    }
    c.para().style(b).text("Subject: ").style(c.base()).text(reply ? "RE: " : "").text(topic.subject + " - ")
        .ent(local.entity, local.plainName).text(" (").ent(Actors.state(s.county.state()), s.county.state()).text(")");
    c.gap(8);
    Draft.ContactInfo contact = new Draft.ContactInfo("agency:ice", local.entity.id(), t.toLocalDate(), topic.kind,
        fromLocal ? s.pick(topic.local) : Topic.cap(s.pick(topic.federal)));
    if (fromLocal) {
      c.para().text(s.pick(List.of("Good morning,", "Good afternoon,", "Officer,")));
      c.gap(5).para().text("On behalf of the ").ent(local.entity, local.office).text(", ").snippet(contact, List.of())
          .text(". Please let me know who our point of contact at ")
          .ent(Actors.ICE, s.pick(List.of("ICE", "ERO " + Lexicon.fieldOffice(s.county.state()))))
          .text(" will be.");
      Parts.localSignature(c, s, local.entity, local.person, local.office, local.title);
    } else {
      c.para().text(local.title.startsWith("Chief") ? "Chief " : "Sheriff ")
          .ent(Actors.person(local.person[0], local.person[1]), local.person[1]).text(",");
      c.gap(5).para().text(reply ? "Thank you for contacting " : "I am writing from ").ent(Actors.ICE, s.pick(Actors.ICE_LONG)).text(". ")
          .snippet(contact, List.of()).text(". My direct line is ").redact(s.privacy(), s.phone())
          .text(" if the ").ent(local.entity, local.office).text(" (").ent(local.entity, local.abbreviation)
          .text(") has questions.");
      if (s.chance(0.4)) {
        c.para().text("Details of the program model are withheld: ").redact(s.internal(), "internal program details");
      }
      Parts.iceSignature(c, s, s.county);
    }
  }

  /** The local side of the chain: a sheriff's office (county) or a city police department (place). */
  record Party(Ent entity, String office, String plainName, String abbreviation, String email,
      String[] person, String title) {
    static Party sheriff(Scene s) {
      County c = s.county;
      String[] p = s.person();
      return new Party(Actors.county(c), Actors.office(c), c.display(), Actors.abbreviation(c),
          s.email(p, Actors.domain(c)), p, c.borough() ? "Chief of Police" : "Sheriff");
    }

    static Party police(Scene s) {
      County c = s.county;
      String[] p = s.person();
      String dept = Actors.police(c);
      return new Party(Actors.place(c), dept, dept, c.shortName() + " PD",
          s.email(p, "police." + Actors.domain(c)), p, "Chief of Police");
    }

    void address(Composer c) {
      c.ent(Actors.person(person[0], person[1]), person[0] + " " + person[1]).text(" <" + email + ">");
    }
  }
}
