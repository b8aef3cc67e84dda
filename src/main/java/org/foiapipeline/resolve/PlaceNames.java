package org.foiapipeline.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Place ids and names: {@code place:<ST>:<lowercase-hyphen-name>}, the name inside a city-agency mention,
 * and the cities that are their own county ({@code place:PA:philadelphia} is {@code county:42101}).
 */
final class PlaceNames {
  private static final Pattern PREFIX =
      Pattern.compile("^(?i)(the\\s+)?(city|town|village|township|borough)\\s+of\\s+");
  private static final Pattern SUFFIX =
      Pattern.compile("(?i)[\\s,]+(police\\s+(department'?s?|dept\\.?|dep't)|pd|police)\\s*$");

  /** Consolidated city-counties whose city and county are one territory (Census H6), by state:slug. */
  private static final Map<String, String> CITY_COUNTIES =
      Map.ofEntries(
          Map.entry("PA:philadelphia", "county:42101"),
          Map.entry("CA:san-francisco", "county:06075"),
          Map.entry("CO:denver", "county:08031"),
          Map.entry("CO:broomfield", "county:08014"),
          Map.entry("LA:new-orleans", "county:22071"),
          Map.entry("HI:honolulu", "county:15003"),
          Map.entry("AK:anchorage", "county:02020"),
          Map.entry("AK:juneau", "county:02110"),
          Map.entry("AK:sitka", "county:02220"),
          Map.entry("DC:washington", "county:11001"));

  private PlaceNames() {}

  /** "Dakota City" → "dakota-city"; "St. Louis" → "st-louis"; "Coeur d'Alene" → "coeur-dalene". */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /** The place name inside "City of Dickinson", "Dickinson Police Department", "Candia PD". */
  static String nameOf(String mentionText) {
    String s = mentionText.replaceAll("\\s+", " ").strip();
    s = SUFFIX.matcher(PREFIX.matcher(s).replaceFirst("")).replaceFirst("");
    return s.strip();
  }

  /** The county id of a consolidated city-county, or null. */
  static String cityCounty(String state, String slug) {
    return CITY_COUNTIES.get(state + ":" + slug);
  }

  /** Title case of a slug for display: "dakota-city" → "Dakota City". */
  static String display(String slug) {
    StringBuilder out = new StringBuilder();
    for (String word : slug.split("-")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1));
      }
    }
    return out.toString();
  }
}
