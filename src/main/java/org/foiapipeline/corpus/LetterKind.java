package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter on letterhead: a sheriff asking ERO about or applying for 287(g) (often faxed, with a RECEIVED
 * stamp), or ERO writing to a sheriff about a meeting, training or application. One contact, dated by the
 * letter's date.
 */
final class LetterKind implements DocumentKind {
  @Override
  public String name() {
    return "letter";
  }

  @Override
  public Draft compose(Scene s) {
    Composer c = new Composer(s.metrics, s.baseStyle());
    boolean fromSheriff = s.chance(0.55);
    boolean fax = fromSheriff && s.chance(0.4);
    if (fromSheriff) {
      fromSheriff(c, s);
    } else {
      fromIce(c, s);
    }
    return c.build(name(), s.date, s.furniture(fax));
  }

  private static void fromSheriff(Composer c, Scene s) {
    County county = s.county;
    Ent ent = Actors.county(county);
    Topic topic = s.chance(0.5) ? Topic.INQUIRY : Topic.APPLICATION;
    LocalDate received = s.date.plusDays(2 + s.r.nextInt(6));
    if (s.chance(0.7)) {
      c.row(true).cell(300, c.base().bold()).text("RECEIVED " + Dates.stamp(received));
      c.gap(6);
    }
    Parts.sheriffLetterhead(c, s, county);
    c.para(c.base(), Block.Align.RIGHT, 0).text(Dates.day(s.date, s.r));
    c.gap(8).para().text("Field Office Director");
    c.para().ent(Actors.ICE, "Enforcement and Removal Operations");
    c.para().ent(Actors.ICE, s.pick(Actors.ICE_LONG));
    c.para().text(Lexicon.fieldOffice(county.state()) + " Field Office");
    c.gap(8).para().bold("Re: " + (topic == Topic.INQUIRY ? "Inquiry regarding" : "Application for")
        + " the 287(g) Program");
    c.gap(6).para().text("Dear Director:");
    Draft.ContactInfo contact = new Draft.ContactInfo("agency:ice", ent.id(), s.date, topic.kind, Topic.cap(s.pick(topic.local)));
    String abbr = Actors.abbreviation(county);
    c.para().text("The ").ent(ent, Actors.office(county)).text(" (").ent(ent, abbr).text(") serves the residents of ")
        .ent(ent, county.display()).text(", ").ent(Actors.state(county.state()), Lexicon.stateName(county.state()))
        .text(". ").snippet(contact, List.of()).text(".");
    c.gap(5).para().text("The ").ent(ent, abbr).text(" operates a detention facility with a rated capacity of "
        + (40 + s.r.nextInt(900)) + " beds. Our point of contact is ").redact(s.privacy(), "Lt. Name Name")
        .text(", who can be reached at ").redact(s.privacy(), s.phone()).text(".");
    c.para().text("We look forward to working with ").ent(Actors.ICE, "ICE").text(" on this matter.");
    String[] sheriff = s.person();
    Parts.localSignature(c, s, ent, sheriff, s.pick(Actors.officeVariants(county)), "Sheriff");
  }

  private static void fromIce(Composer c, Scene s) {
    County county = s.county;
    Ent ent = Actors.county(county);
    Topic topic = s.pick(List.of(Topic.MEETING, Topic.TRAINING, Topic.APPLICATION, Topic.INQUIRY));
    Parts.iceLetterhead(c, s, county);
    c.para(c.base(), Block.Align.LEFT, 0).text(Dates.day(s.date, s.r));
    c.gap(8);
    String[] sheriff = Parts.sheriffAddress(c, s, county);
    c.para().text("Dear Sheriff ").ent(Actors.person(sheriff[0], sheriff[1]), sheriff[1]).text(":");
    Draft.ContactInfo contact = new Draft.ContactInfo("agency:ice", ent.id(), s.date, topic.kind, Topic.cap(s.pick(topic.federal)));
    c.para().text("On behalf of ").ent(Actors.ICE, s.pick(Actors.ICE_LONG)).text(" (").ent(Actors.ICE, "ICE")
        .text("), I am writing to the ").ent(ent, Actors.office(county)).text(". ").snippet(contact, List.of())
        .text(".");
    c.gap(5).para().text("Questions may be directed to ").redact(s.privacy(), "Officer Name").text(" at ")
        .redact(s.privacy(), s.phone()).text(". Operational details: ").redact(s.internal(), "details withheld here");
    Parts.iceSignature(c, s, county);
  }
}
