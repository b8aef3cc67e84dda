package org.foiapipeline.corpus;

import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityCatalog;

import java.util.List;
import java.util.Locale;

/** Entities and the ways documents write them: agencies, sheriffs' offices, police departments, states. */
final class Actors {
  static final Ent ICE = new Ent("agency:ice", "agency", "U.S. Immigration and Customs Enforcement");
  static final Ent DHS = new Ent("agency:dhs", "agency", "U.S. Department of Homeland Security");
  static final Ent CBP = new Ent("agency:cbp", "agency", "U.S. Customs and Border Protection");
  static final Ent USCIS = new Ent("agency:uscis", "agency", "U.S. Citizenship and Immigration Services");

  /** Long names of ICE; {@code ICE} itself only after one of them has appeared. */
  static final List<String> ICE_LONG = List.of(
      "U.S. Immigration and Customs Enforcement", "U.S. Immigration & Customs Enforcement",
      "Immigration and Customs Enforcement");
  static final List<String> DHS_LONG = List.of("Department of Homeland Security", "U.S. Department of Homeland Security");

  private Actors() {}

  static Ent county(County c) {
    return new Ent(c.id(), "county", c.display() + ", " + c.state());
  }

  /** A city's police department: its place, or its county when city and county are one. */
  static Ent place(County c) {
    String id = c.placeId();
    if (id.startsWith("county:")) {
      String name = EntityCatalog.standard().byId(id).map(Entity::name).orElse(c.shortName() + ", " + c.state());
      return new Ent(id, "county", name);
    }
    return new Ent(id, "place", c.shortName() + ", " + c.state());
  }

  static Ent state(String st) {
    return new Ent("state:" + st, "state", Lexicon.stateName(st));
  }

  static Ent person(String first, String last) {
    return new Ent("person:" + (first + "-" + last).toLowerCase(Locale.ROOT), "person", first + " " + last);
  }

  /** The sheriff's office (or, for an Alaska borough, its police department) in full. */
  static String office(County c) {
    if (c.borough()) {
      return c.name() + " Police Department";
    }
    return (c.independentCity() ? c.shortName() + " City" : c.name()) + " Sheriff's Office";
  }

  /** Other ways to write the office: abbreviated county, "Sheriff of", upper case. */
  static List<String> officeVariants(County c) {
    if (c.borough()) {
      return List.of(office(c), office(c).toUpperCase(Locale.US));
    }
    String of = "Sheriff of " + (c.independentCity() ? "the " + c.display() : c.name());
    String co = c.name().endsWith(" County") ? c.shortName() + " Co. Sheriff's Office" : office(c);
    return List.of(office(c), co, of, office(c).toUpperCase(Locale.US));
  }

  /** Initials of the office, e.g. {@code DCSO}; to be used only after the full name appeared. */
  static String abbreviation(County c) {
    StringBuilder sb = new StringBuilder();
    for (String w : office(c).replace("'s", "").split(" ")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  static String police(County c) {
    return c.shortName() + " Police Department";
  }

  /** A domain on the reserved {@code .example} TLD for the county government. */
  static String domain(County c) {
    return c.shortName().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "county-"
        + c.state().toLowerCase(Locale.ROOT) + ".example";
  }

  static final String ICE_DOMAIN = "ice.dhs.example";
}
