package org.foiapipeline.corpus;

import java.util.List;
import java.util.Locale;

/**
 * County commission meeting minutes. When an ERO officer presents 287(g) to the commission, that is a
 * {@code meeting} contact; when the commission only debates the program among itself, there is none.
 */
final class MinutesKind implements DocumentKind {
  @Override
  public String name() {
    return "minutes";
  }

  @Override
  public Draft compose(Scene s) {
    Composer c = new Composer(s.metrics, s.baseStyle());
    County county = s.county;
    Ent ent = Actors.county(county);
    Style head = c.base().bold().sized(c.base().size() + 1);
    String body = county.independentCity() ? "CITY COUNCIL" : county.name().endsWith("Parish") ? "POLICE JURY"
        : county.borough() ? "ASSEMBLY" : "BOARD OF COMMISSIONERS";
    c.para(head, Block.Align.CENTER, 0).ent(ent, county.display().toUpperCase(Locale.US)).text(" " + body);
    c.para(c.base(), Block.Align.CENTER, 0).ent(Actors.place(county), county.shortName()).text(", ")
        .ent(Actors.state(county.state()), Lexicon.stateName(county.state()));
    c.para(c.base(), Block.Align.CENTER, 0).text("Minutes of the Regular Meeting of " + Dates.formal(s.date));
    c.gap(10).para().text("Present:");
    for (int i = 0; i < 3; i++) {
      String[] p = s.person();
      c.text(i == 0 ? " " : ", ").text("Commissioner ").ent(Actors.person(p[0], p[1]), p[0] + " " + p[1]);
    }
    c.text(".");
    c.gap(6).para().bold("1. Call to Order.").text(" The meeting was called to order at 6:0" + s.r.nextInt(10)
        + " p.m. by the Chair.");
    c.para().bold("2. Approval of Minutes.").text(" The minutes of the previous meeting were approved as presented.");
    String[] sheriff = s.person();
    c.para().bold("3. Sheriff's Report.").text(" Sheriff ").ent(Actors.person(sheriff[0], sheriff[1]),
        sheriff[0] + " " + sheriff[1]).text(" of the ").ent(ent, Actors.office(county))
        .text(" reported a jail population of " + (20 + s.r.nextInt(700)) + ".");
    c.para().bold("4. 287(g) Program.");
    if (s.chance(0.5)) {
      Draft.ContactInfo contact = new Draft.ContactInfo("agency:ice", ent.id(), s.date, "meeting",
          "presented an overview of the 287(g) program to the Commission");
      c.text(" A Deputy Field Office Director of ").ent(Actors.ICE, "ERO " + Lexicon.fieldOffice(county.state()))
          .text(", ").redact(s.privacy(), "Name Name").text(", ").snippet(contact, List.of())
          .text(" and answered questions.");
    } else {
      String[] p = s.person();
      c.text(" Commissioner ").ent(Actors.person(p[0], p[1]), p[1]).text(" asked whether the county should "
          + "consider the 287(g) program. The item was tabled for further discussion; no action was taken.");
    }
    c.para().bold("5. Road and Bridge.").text(" The board approved resurfacing of " + s.pick(Lexicon.STREETS) + ".");
    c.para().bold("6. Adjournment.").text(" There being no further business, the meeting adjourned at 8:"
        + (10 + s.r.nextInt(50)) + " p.m.");
    c.gap(16).para().text("Attest: ______________________ Clerk");
    return c.build(name(), s.date, s.furniture(false));
  }
}
