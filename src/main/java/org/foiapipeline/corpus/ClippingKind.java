package org.foiapipeline.corpus;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A news clipping forwarded inside ICE: the article names a sheriff's office and the program, but the
 * email is ICE to ICE and the article is reporting, so it records no contact.
 */
final class ClippingKind implements DocumentKind {
  private static final List<String> PAPERS = List.of("The Daily Courier", "Tri-County Ledger", "The Evening Star",
      "Valley News-Journal", "The Weekly Sentinel");

  @Override
  public String name() {
    return "email_clipping";
  }

  @Override
  public Draft compose(Scene s) {
    Composer c = new Composer(s.metrics, s.baseStyle());
    County county = s.county;
    Ent ent = Actors.county(county);
    LocalDateTime sent = Dates.at(s.date, s.r);
    Style b = c.base().bold();
    c.para().style(b).text("From: ").style(c.base()).redact(s.privacy(), "Firstname Lastname");
    c.para().style(b).text("Sent: ").style(c.base()).text(Dates.sent(sent, s.r));
    c.para().style(b).text("To: ").style(c.base()).redact(s.privacy(), "Firstname Lastname; Other Name");
    c.para().style(b).text("Subject: ").style(c.base()).text("FW: News article - ").ent(ent, county.display());
    c.gap(8).para().text("FYSA - article below regarding the ").ent(ent, Actors.office(county))
        .text(" and the 287(g) program. Also shared with ").ent(Actors.ICE, "HSI").text(".");
    c.gap(4).rule();
    c.para(b.sized(c.base().size() + 1), Block.Align.LEFT, 0).text(s.pick(PAPERS));
    c.para().text(Dates.day(s.date.minusDays(1 + s.r.nextInt(4)), s.r));
    c.gap(4).para(b.sized(c.base().size() + 3), Block.Align.LEFT, 0).text("Sheriff weighs immigration partnership");
    String[] sheriff = s.person();
    Ent person = Actors.person(sheriff[0], sheriff[1]);
    c.para().text("By Staff Writer");
    c.para().ent(ent, county.display()).text(" Sheriff ").ent(person, sheriff[0] + " " + sheriff[1])
        .text(" said this week that his office is studying whether to join a federal program that lets local "
            + "deputies act as immigration officers in the county jail.");
    c.para().ent(person, sheriff[1]).text(" said no decision had been made. Critics in ")
        .ent(Actors.state(county.state()), Lexicon.stateName(county.state()))
        .text(" say the program strains community trust, while supporters say it helps deputies identify "
            + "people already in custody.");
    c.para().text("A spokesperson for ").ent(Actors.ICE, s.pick(Actors.ICE_LONG))
        .text(" declined to comment on any specific jurisdiction.");
    return c.build(name(), sent.toLocalDate(), s.furniture(false));
  }
}
