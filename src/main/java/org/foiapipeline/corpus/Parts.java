package org.foiapipeline.corpus;

import java.util.List;
import java.util.Locale;

/** Pieces shared by several kinds: letterheads, address lines and signature blocks. */
final class Parts {
  private Parts() {}

  /** A sheriff's letterhead: office, street, city/state/ZIP, phone, then a rule. */
  static void sheriffLetterhead(Composer c, Scene s, County county) {
    Style big = c.base().bold().sized(c.base().size() + 3);
    c.para(big, Block.Align.CENTER, 0).ent(Actors.county(county), Actors.office(county).toUpperCase(Locale.US));
    c.para(c.base(), Block.Align.CENTER, 0).text(s.pick(List.of("Sheriff ", "Office of the Sheriff ", "")));
    cityLine(c.para(c.base(), Block.Align.CENTER, 0).text(s.street() + " "), s, county);
    c.para(c.base(), Block.Align.CENTER, 0).text("Telephone " + s.phone() + " Fax " + s.phone());
    c.rule().gap(10);
  }

  /** The ICE letterhead: DHS, ICE and ERO with the field office. */
  static void iceLetterhead(Composer c, Scene s, County county) {
    Style bold = c.base().bold();
    c.para(bold, Block.Align.LEFT, 0).ent(Actors.DHS, "U.S. Department of Homeland Security");
    c.para(bold, Block.Align.LEFT, 0).ent(Actors.ICE, s.pick(Actors.ICE_LONG));
    c.para(c.base(), Block.Align.LEFT, 0).ent(Actors.ICE, "Enforcement and Removal Operations");
    c.para().text(Lexicon.fieldOffice(county.state()) + " Field Office");
    c.rule().gap(10);
  }

  /** {@code Dakota, NE 68731}: the county's own name as its seat, the state as postal code. */
  static Composer cityLine(Composer c, Scene s, County county) {
    return c.ent(Actors.place(county), county.shortName()).text(", ")
        .ent(Actors.state(county.state()), county.state()).text(" " + s.zip(county));
  }

  /** An inside address to a sheriff: name, title, office, street, city line. */
  static String[] sheriffAddress(Composer c, Scene s, County county) {
    String[] sheriff = s.person();
    Ent person = Actors.person(sheriff[0], sheriff[1]);
    c.para().text("The Honorable ").ent(person, sheriff[0] + " " + sheriff[1]);
    c.para().text("Sheriff");
    c.para().ent(Actors.county(county), Actors.office(county));
    c.para().text(s.street());
    cityLine(c.para(), s, county);
    c.gap(8);
    return sheriff;
  }

  /** A local signature block: name, title, the office written as {@code officeVariant} of {@code office}. */
  static void localSignature(Composer c, Scene s, Ent office, String[] who, String officeVariant, String title) {
    c.gap(6).para().text(s.pick(List.of("Sincerely,", "Respectfully,", "Thank you,")));
    c.gap(14).para().ent(Actors.person(who[0], who[1]), who[0] + " " + who[1]);
    c.para().text(title);
    c.para().ent(office, officeVariant);
    cityLine(c.para(), s, s.county);
    c.para().text(s.phone());
  }

  static String sheriffTitle(Scene s) {
    return s.pick(List.of("Sheriff", "Chief Deputy", "Jail Administrator", "Captain, Detention Division"));
  }

  /** An ICE signature block: redacted name and phone, title, ERO and ICE. */
  static void iceSignature(Composer c, Scene s, County county) {
    c.gap(6).para().redact(s.privacy(), s.pick(Lexicon.FIRST) + " " + s.pick(Lexicon.LAST));
    c.para().text(s.pick(List.of("Assistant Field Office Director", "Supervisory Detention and Deportation Officer",
        "Deputy Field Office Director", "287(g) Program Manager")));
    c.para().ent(Actors.ICE, "ERO " + Lexicon.fieldOffice(county.state()));
    c.para().ent(Actors.ICE, s.pick(Actors.ICE_LONG));
    c.para().text("Office: ").redact(s.privacy(), s.phone());
  }
}
