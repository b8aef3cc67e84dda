package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * An excerpt of a 287(g) Memorandum of Agreement: the parties, a few articles, and the signature page.
 * One {@code agreement} contact dated by the later signature.
 */
final class AgreementKind implements DocumentKind {
  private static final List<String[]> ARTICLES = List.of(
      new String[] {"I. PURPOSE", "The purpose of this MOA is to set forth the terms and conditions pursuant to "
          + "which selected LEA personnel will be nominated, trained, and approved to perform certain functions of "
          + "an immigration officer within the LEA's jurisdiction."},
      new String[] {"II. AUTHORITY", "Section 287(g) of the Immigration and Nationality Act (INA), codified at 8 "
          + "U.S.C. 1357(g), authorizes the Secretary to enter into written agreements with a State or any "
          + "political subdivision of a State."},
      new String[] {"III. POLICY", "This MOA sets forth the scope of the immigration officer functions that are "
          + "the subject of the delegation of authority. The LEA personnel will be supervised by ICE officers."},
      new String[] {"IV. TRAINING", "Participating LEA personnel will be required to complete the basic training "
          + "course and will receive refresher training every two years."},
      new String[] {"V. COSTS AND EXPENDITURES", "Participating LEA personnel will carry out designated functions "
          + "at the LEA's expense, including salaries and benefits, local transportation and official issue "
          + "material."});

  @Override
  public String name() {
    return "moa";
  }

  @Override
  public Draft compose(Scene s) {
    Composer c = new Composer(s.metrics, s.baseStyle());
    County county = s.county;
    Ent ent = Actors.county(county);
    LocalDate localSigned = s.date;
    LocalDate iceSigned = s.date.plusDays(3 + s.r.nextInt(40));
    c.para(c.base().bold().sized(c.base().size() + 2), Block.Align.CENTER, 0).text("MEMORANDUM OF AGREEMENT");
    c.gap(8);
    Draft.ContactInfo contact = new Draft.ContactInfo("agency:ice", ent.id(), iceSigned, "agreement",
        "This Memorandum of Agreement (MOA) constitutes an agreement between");
    c.para().snippet(contact, List.of()).text(" ").ent(Actors.ICE, s.pick(Actors.ICE_LONG)).text(" (")
        .ent(Actors.ICE, "ICE").text("), a component of the ").ent(Actors.DHS, "Department of Homeland Security")
        .text(" (").ent(Actors.DHS, "DHS").text("), and the ").ent(ent, Actors.office(county)).text(", ")
        .ent(Actors.state(county.state()), Lexicon.stateName(county.state())).text(" (")
        .ent(ent, Actors.abbreviation(county)).text("), hereinafter the Law Enforcement Agency (LEA).");
    c.gap(4).para().text("Nothing in this MOA limits the authority of ").ent(Actors.DHS, "the Department")
        .text(" or of the ").ent(ent, Actors.abbreviation(county)).text(".");
    for (String[] article : ARTICLES) {
      c.gap(6).para().bold(article[0]);
      c.para().text(article[1]);
      if (s.chance(0.3)) {
        c.para().text("Supervision details: ").redact(s.internal(), "operational supervision details withheld");
      }
    }
    c.pageBreak();
    c.para(c.base().bold(), Block.Align.CENTER, 0).text("APPROVAL SIGNATURES");
    c.gap(10).para().text("For the LEA:");
    String[] sheriff = s.person();
    signature(c).ent(Actors.person(sheriff[0], sheriff[1]), sheriff[0] + " " + sheriff[1]);
    c.para().text("Sheriff");
    c.para().ent(ent, s.pick(Actors.officeVariants(county)));
    c.para().text("Date: " + Dates.day(localSigned, s.r));
    c.gap(14).para().text("For ").ent(Actors.ICE, "ICE").text(":");
    signature(c).redact(s.privacy(), "Executive Associate Director Name");
    c.para().text("Executive Associate Director");
    c.para().ent(Actors.ICE, "Enforcement and Removal Operations");
    c.para().ent(Actors.ICE, s.pick(Actors.ICE_LONG));
    c.para().text("Date: " + Dates.day(iceSigned, s.r));
    return c.build(name(), iceSigned, s.furniture(false));
  }

  private static Composer signature(Composer c) {
    c.gap(18).para().text("________________________________");
    return c.para();
  }
}
