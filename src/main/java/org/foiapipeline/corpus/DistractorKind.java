package org.foiapipeline.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Documents that look relevant but record no ICE contact: CBP or USCIS correspondence with a sheriff's
 * office, and a state list naming counties with no federal interaction at all.
 */
final class DistractorKind implements DocumentKind {
  @Override
  public String name() {
    return "distractor";
  }

  @Override
  public Draft compose(Scene s) {
    return switch (s.r.nextInt(3)) {
      case 0 -> letter(s, Actors.CBP, "U.S. Customs and Border Protection", "CBP",
          "Operation Stonegarden grant reporting for the current period", "distractor_cbp");
      case 1 -> letter(s, Actors.USCIS, "U.S. Citizenship and Immigration Services", "USCIS",
          "access to the SAVE verification program for benefit applicants", "distractor_uscis");
      default -> countyList(s);
    };
  }

  private static Draft letter(Scene s, Ent agency, String longName, String abbr, String subject, String kind) {
    Composer c = new Composer(s.metrics, s.baseStyle());
    County county = s.county;
    c.para(c.base().bold(), Block.Align.LEFT, 0).ent(Actors.DHS, "U.S. Department of Homeland Security");
    c.para(c.base().bold(), Block.Align.LEFT, 0).ent(agency, longName);
    c.rule().gap(8).para().text(Dates.day(s.date, s.r));
    c.gap(8);
    String[] sheriff = Parts.sheriffAddress(c, s, county);
    c.para().text("Dear Sheriff ").ent(Actors.person(sheriff[0], sheriff[1]), sheriff[1]).text(":");
    c.para().text("This letter concerns " + subject + ". ").ent(agency, abbr).text(" thanks the ")
        .ent(Actors.county(county), Actors.office(county)).text(" for its cooperation. Please direct questions to ")
        .redact(s.privacy(), "Name Name").text(".");
    c.gap(6).para().text("Sincerely,");
    c.gap(14).para().redact(s.privacy(), "Name Name");
    c.para().text("Program Manager, ").ent(agency, abbr);
    return c.build(kind, s.date, s.furniture(false));
  }

  private static Draft countyList(Scene s) {
    Style small = new Style(Style.Face.SANS, 9.5f);
    Composer c = new Composer(s.metrics, small);
    String st = s.county.state();
    c.para(small.bold().sized(12), Block.Align.CENTER, 0).ent(Actors.state(st), Lexicon.stateName(st))
        .text(" Association of Counties");
    c.para(small, Block.Align.CENTER, 0).text("Jail Population Survey, " + Dates.formal(s.date));
    c.gap(8).row(false).cell(0, small.bold()).text("County").cell(220, small.bold()).text("Average daily population");
    c.rule();
    List<County> counties = new ArrayList<>(List.of(s.county));
    s.pool.stream().filter(o -> o.state().equals(st) && !o.equals(s.county)).limit(4 + s.r.nextInt(12))
        .forEach(counties::add);
    for (County county : counties) {
      c.row(false).cell(0, small).ent(Actors.county(county), county.display()).cell(220, small)
          .text(String.valueOf(10 + s.r.nextInt(900)));
    }
    c.gap(8).para(small, Block.Align.LEFT, 0).text("Figures are self-reported by each county.");
    return c.build("distractor_county_list", s.date, s.furniture(false));
  }
}
