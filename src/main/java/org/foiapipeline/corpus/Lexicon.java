package org.foiapipeline.corpus;

import java.util.List;
import java.util.Map;

/** Invented people and streets, real state names and the ERO field office responsible for each state. */
final class Lexicon {
  private Lexicon() {}

  static final List<String> FIRST = List.of(
      "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
      "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
      "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley",
      "Steven", "Kimberly", "Paul", "Donna", "Andrew", "Carol", "Joshua", "Michelle", "Kenneth", "Emily",
      "Kevin", "Amanda", "Brian", "Melissa", "Gary", "Deborah", "Timothy", "Laura", "Jose", "Rebecca");

  static final List<String> LAST = List.of(
      "Hollister", "Brandt", "Okafor", "Delgado", "Whitcomb", "Pruitt", "Lindqvist", "Marchetti", "Yarbrough",
      "Castellanos", "Fairbanks", "Greer", "Holloway", "Ibarra", "Jessup", "Kowalczyk", "Lattimore",
      "McAllister", "Nakamura", "Ostrander", "Pendergast", "Quintero", "Rasmussen", "Sandoval", "Tillman",
      "Underhill", "Vasquez", "Winslow", "Albright", "Beaumont", "Crenshaw", "Dunleavy", "Ellsworth",
      "Fitzgerald", "Gallardo", "Hargrove", "Kincaid", "Lowry", "Merriweather", "Norwood", "Oyelaran",
      "Pickering", "Redmond", "Stroud", "Thibodeaux", "Vance", "Wakefield", "Yancey", "Zamora", "Birch");

  static final List<String> STREETS = List.of(
      "Main Street", "Courthouse Square", "Broadway", "Justice Center Drive", "Market Street", "Elm Street",
      "Washington Avenue", "County Road 12", "Government Center Drive", "Second Street", "Public Safety Way",
      "Oak Street", "Liberty Street", "Jackson Boulevard", "Center Street");

  static final Map<String, String> STATE_NAMES = Map.ofEntries(
      Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"),
      Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
      Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("FL", "Florida"),
      Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"),
      Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"),
      Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"), Map.entry("LA", "Louisiana"),
      Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"), Map.entry("MA", "Massachusetts"),
      Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"), Map.entry("MS", "Mississippi"),
      Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"), Map.entry("NE", "Nebraska"),
      Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"), Map.entry("NJ", "New Jersey"),
      Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"), Map.entry("NC", "North Carolina"),
      Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"), Map.entry("OK", "Oklahoma"),
      Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"), Map.entry("RI", "Rhode Island"),
      Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"), Map.entry("TN", "Tennessee"),
      Map.entry("TX", "Texas"), Map.entry("UT", "Utah"), Map.entry("VT", "Vermont"),
      Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"),
      Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"));

  /** ERO field office by state (an approximation of the areas of responsibility). */
  private static final Map<String, String> FIELD_OFFICE = Map.ofEntries(
      Map.entry("AL", "New Orleans"), Map.entry("AK", "Seattle"), Map.entry("AZ", "Phoenix"),
      Map.entry("AR", "New Orleans"), Map.entry("CA", "San Francisco"), Map.entry("CO", "Denver"),
      Map.entry("CT", "Boston"), Map.entry("DE", "Philadelphia"), Map.entry("FL", "Miami"),
      Map.entry("GA", "Atlanta"), Map.entry("HI", "San Francisco"), Map.entry("ID", "Salt Lake City"),
      Map.entry("IL", "Chicago"), Map.entry("IN", "Chicago"), Map.entry("IA", "St. Paul"),
      Map.entry("KS", "Chicago"), Map.entry("KY", "Chicago"), Map.entry("LA", "New Orleans"),
      Map.entry("ME", "Boston"), Map.entry("MD", "Baltimore"), Map.entry("MA", "Boston"),
      Map.entry("MI", "Detroit"), Map.entry("MN", "St. Paul"), Map.entry("MS", "New Orleans"),
      Map.entry("MO", "Chicago"), Map.entry("MT", "Salt Lake City"), Map.entry("NE", "St. Paul"),
      Map.entry("NV", "Salt Lake City"), Map.entry("NH", "Boston"), Map.entry("NJ", "Newark"),
      Map.entry("NM", "El Paso"), Map.entry("NY", "Buffalo"), Map.entry("NC", "Atlanta"),
      Map.entry("ND", "St. Paul"), Map.entry("OH", "Detroit"), Map.entry("OK", "Dallas"),
      Map.entry("OR", "Seattle"), Map.entry("PA", "Philadelphia"), Map.entry("RI", "Boston"),
      Map.entry("SC", "Atlanta"), Map.entry("SD", "St. Paul"), Map.entry("TN", "New Orleans"),
      Map.entry("TX", "Houston"), Map.entry("UT", "Salt Lake City"), Map.entry("VT", "Boston"),
      Map.entry("VA", "Washington"), Map.entry("WA", "Seattle"), Map.entry("WV", "Philadelphia"),
      Map.entry("WI", "Chicago"), Map.entry("WY", "Denver"));

  /** First ZIP digit by state, so addresses look plausible. */
  private static final String ZIP_DIGIT =
      "CT0MA0ME0NH0NJ0RI0VT0DE1NY1PA1MD2NC2SC2VA2WV2AL3FL3GA3MS3TN3IN4KY4MI4OH4IA5MN5MT5ND5SD5WI5"
          + "IL6KS6MO6NE6AR7LA7OK7TX7AZ8CO8ID8NM8NV8UT8WY8AK9CA9HI9OR9WA9";

  static String stateName(String st) {
    return STATE_NAMES.get(st);
  }

  static String fieldOffice(String st) {
    return FIELD_OFFICE.getOrDefault(st, "Washington");
  }

  static char zipDigit(String st) {
    int i = ZIP_DIGIT.indexOf(st);
    return i < 0 ? '9' : ZIP_DIGIT.charAt(i + 2);
  }
}
