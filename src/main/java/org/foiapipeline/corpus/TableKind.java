package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An ICE spreadsheet-like list of jurisdictions that asked about or applied for 287(g): one row per
 * jurisdiction, namesake counties told apart only by the state column. Every row is a contact dated by
 * its own date; its snippet is the whole row.
 */
final class TableKind implements DocumentKind {
  private static final String[][] STATUS = {
      {"Inquiry", "inquiry"}, {"Info requested", "inquiry"}, {"Application received", "application"},
      {"Pending review", "application"}, {"MOA signed", "agreement"}, {"Training scheduled", "training"}};

  @Override
  public String name() {
    return "table";
  }

  @Override
  public Draft compose(Scene s) {
    Style small = new Style(Style.Face.SANS, 9f);
    Composer c = new Composer(s.metrics, small);
    int year = s.date.getYear();
    c.para(small.bold().sized(12), Block.Align.CENTER, 0).ent(Actors.ICE, "ICE").text(" 287(g) Program");
    c.para(small.sized(10.5f), Block.Align.CENTER, 0).text(s.pick(List.of(
        "Jurisdictions Requesting Information", "Pending Applications and Inquiries", "Interested Jurisdictions"))
        + " - FY" + year);
    c.gap(8).row(false).cell(0, small.bold()).text("State").cell(30, small.bold()).text("Jurisdiction")
        .cell(285, small.bold()).text("Date").cell(345, small.bold()).text("Status");
    c.rule();
    LocalDate latest = s.date;
    for (County county : counties(s)) {
      LocalDate d = LocalDate.of(year, 1, 1).plusDays(s.r.nextInt(365));
      latest = d.isAfter(latest) ? d : latest;
      row(c, s, county, d, small);
    }
    c.gap(10).para(small, Block.Align.LEFT, 0).text("Prepared by ").ent(Actors.ICE, "ERO")
        .text(" 287(g) Program Office. Internal notes: ").redact(s.internal(), "internal remarks");
    return c.build(name(), latest, s.furniture(false));
  }

  private static List<County> counties(Scene s) {
    List<County> out = new ArrayList<>();
    out.add(s.county);
    int n = 6 + s.r.nextInt(25);
    while (out.size() < n) {
      County next = s.other();
      County twin = s.chance(0.3) ? s.namesake(next) : null;
      for (County c : twin == null ? List.of(next) : List.of(next, twin)) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static void row(Composer c, Scene s, County county, LocalDate d, Style small) {
    boolean police = s.chance(0.15) && !county.borough();
    Ent ent = police ? Actors.place(county) : Actors.county(county);
    String office = police ? Actors.police(county) : s.chance(0.2) ? Actors.officeVariants(county).get(1)
        : Actors.office(county);
    String date = d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
    String[] status = STATUS[s.r.nextInt(STATUS.length)];
    String snippet = county.state() + " " + office + " " + date + " " + status[0];
    Mark contact = c.contact(new Draft.ContactInfo("agency:ice", ent.id(), d, status[1], snippet));
    c.row(false).cell(0, small).ent(Actors.state(county.state()), county.state())
        .cell(30, small).atom(office, List.of(new Mark.EntityMark(ent, office), contact))
        .cell(285, small).text(date).cell(345, small).text(status[0]);
  }
}
