package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the standard {@link Gazetteer} from {@link ReferenceData}: every county and county-equivalent with
 * its written forms ("Dakota County", "Dakota Co.", "Dakota Cnty", "County of Dakota", "St./Saint"),
 * parishes, boroughs, census areas, independent cities ("Richmond city"), states with their names, and the
 * federal agencies with their aliases ("U.S." optional).
 */
public final class GazetteerBuilder {
  private GazetteerBuilder() {}

  /** The gazetteer of the shipped lists; built once per JVM and shared (it is immutable). */
  public static Gazetteer standard() {
    return Holder.GAZETTEER;
  }

  private static final class Holder {
    static final Gazetteer GAZETTEER = build(ReferenceData.standard());
  }

  /** Builds a gazetteer of the given lists. */
  public static Gazetteer build(ReferenceData data) {
    Gazetteer gazetteer = new Gazetteer();
    for (AgencyRecord agency : data.agencies()) {
      for (String alias : agency.aliases()) {
        boolean acronym = alias.equals(alias.toUpperCase(java.util.Locale.ROOT));
        GazetteerEntry entry = new GazetteerEntry(EntityType.AGENCY, List.of(agency.id()), acronym);
        usVariants(alias).forEach(v -> add(gazetteer, v, entry));
      }
    }
    for (StateRecord state : data.states()) {
      GazetteerEntry entry = new GazetteerEntry(EntityType.STATE, List.of(state.id()), false);
      add(gazetteer, state.name(), entry);
      if (state.code().equals("DC")) {
        Arrays.asList("Washington, D.C.", "Washington DC", "D.C.").forEach(v -> add(gazetteer, v, entry));
      }
    }
    for (CountyRecord county : data.counties()) {
      GazetteerEntry entry = new GazetteerEntry(EntityType.COUNTY, List.of(county.id()), false);
      countyForms(county).forEach(v -> add(gazetteer, v, entry));
    }
    return gazetteer;
  }

  private static void add(Gazetteer gazetteer, String phrase, GazetteerEntry entry) {
    List<String> keys = Arrays.asList(TextTokens.foldPhrase(phrase).split(" "));
    if (!keys.isEmpty() && !keys.get(0).isEmpty()) {
      gazetteer.add(keys, entry);
    }
  }

  /** "U.S. X" is also written "US X", "United States X" and plain "X". */
  static List<String> usVariants(String alias) {
    if (!alias.startsWith("U.S. ")) {
      return List.of(alias);
    }
    String rest = alias.substring(5);
    return List.of(alias, "US " + rest, "United States " + rest, rest);
  }

  /** Every way a county's name is written in running text. */
  static Set<String> countyForms(CountyRecord county) {
    Set<String> forms = new LinkedHashSet<>();
    for (String base : baseVariants(county.baseName())) {
      switch (county.kind()) {
        case "County" -> forms.addAll(List.of(base + " County", base + " Co", base + " Cnty", base + " Cty",
            "County of " + base));
        case "Parish" -> forms.addAll(List.of(base + " Parish", "Parish of " + base));
        case "city" -> forms.add(base + " city");
        case "" -> forms.add(base);
        default -> forms.addAll(List.of(base + " " + county.kind(), base + " Borough"));
      }
    }
    return forms;
  }

  /** "St. Louis" is also "Saint Louis"; "Miami-Dade" is also "MiamiDade" (a hyphen lost at a line end). */
  private static List<String> baseVariants(String base) {
    List<String> out = new ArrayList<>(List.of(base));
    if (base.startsWith("St. ")) {
      out.add("Saint " + base.substring(4));
    } else if (base.startsWith("Ste. ")) {
      out.add("Sainte " + base.substring(5));
    }
    if (base.contains("-")) {
      out.add(base.replace("-", ""));
    }
    return out;
  }
}
