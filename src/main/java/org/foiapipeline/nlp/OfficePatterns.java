package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Local and state offices anchored on a gazetteer name: "Dakota County Sheriff's Office", "Dakota Co. S.O.",
 * "Sheriff of Dakota County", "X County Jail / Detention Center / Board of Commissioners / Commission",
 * "X Parish Sheriff's Office" (type COUNTY: the office resolves to its county); "Virginia Department of
 * Corrections", "Oklahoma Bureau of Investigation" (type AGENCY, resolved to the state); "ERO Houston"
 * (an ICE field office, type AGENCY).
 */
final class OfficePatterns {
  private static final List<List<String>> COUNTY_SUFFIXES =
      TokenPhrases.phrases(
          "Sheriff's Office", "Sheriffs Office", "Sheriff Office", "Sheriff's Department", "Sheriff Department",
          "Sheriff's Dept", "Sheriff's Ofc", "Sheriff", "S O", "SO", "Jail", "Detention Center",
          "Detention Centre", "Detention Facility", "Adult Detention Center", "Correctional Facility",
          "Correctional Center", "Corrections", "Department of Corrections", "Board of Commissioners",
          "Board of County Commissioners", "Commission", "Commissioners", "Commissioners Court",
          "Commissioners' Court", "Board of Supervisors", "Police Department", "Police Dept");
  private static final List<List<String>> COUNTY_PREFIXES =
      TokenPhrases.phrases("Sheriff of", "Sheriff of the", "Office of the Sheriff of", "Sheriff's Office of");
  private static final List<List<String>> STATE_SUFFIXES =
      TokenPhrases.phrases(
          "Highway Patrol", "State Police", "State Patrol", "Attorney General", "Office of the Attorney General",
          "Attorney General's Office", "Bureau of Investigation", "Department of Corrections",
          "Department of Public Safety", "Department of Correction", "Department of Justice",
          "Bureau of Criminal Investigation", "Department of Law Enforcement", "Division of Criminal Investigation");
  private static final List<List<String>> FIELD_OFFICE = TokenPhrases.phrases("Field Office");

  private OfficePatterns() {}

  static List<Mention> find(String text, List<Token> tokens, List<GazetteerHit> hits) {
    List<Mention> out = new ArrayList<>();
    for (GazetteerHit hit : hits) {
      Mention m =
          switch (hit.entry().type()) {
            case COUNTY -> countyOffice(text, tokens, hit);
            case STATE -> stateAgency(text, tokens, hit);
            case AGENCY -> fieldOffice(text, tokens, hit);
            default -> null;
          };
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private static Mention countyOffice(String text, List<Token> tokens, GazetteerHit hit) {
    int after = TokenPhrases.matchAt(tokens, hit.to(), COUNTY_SUFFIXES);
    if (after > 0 && (!TokenPhrases.joins(tokens, hit.to(), true) || !capsIfShort(tokens, hit.to(), after))) {
      after = 0;
    }
    int before = TokenPhrases.matchBefore(tokens, hit.from(), COUNTY_PREFIXES);
    if (after == 0 && before == 0) {
      return null;
    }
    return mention(text, tokens, hit.from() - before, hit.to() + after, EntityType.COUNTY);
  }

  /** "SO" and "S.O." are offices only in capitals ("Dakota County so that ..." is not). */
  private static boolean capsIfShort(List<Token> tokens, int at, int length) {
    String first = tokens.get(at).key();
    return !(first.equals("so") || first.equals("s")) || tokens.get(at).raw().equals(tokens.get(at).raw()
        .toUpperCase(java.util.Locale.ROOT));
  }

  private static Mention stateAgency(String text, List<Token> tokens, GazetteerHit hit) {
    int after = TokenPhrases.matchAt(tokens, hit.to(), STATE_SUFFIXES);
    if (after == 0 || !TokenPhrases.joins(tokens, hit.to(), true)) {
      return null;
    }
    return mention(text, tokens, hit.from(), hit.to() + after, EntityType.AGENCY);
  }

  private static Mention fieldOffice(String text, List<Token> tokens, GazetteerHit hit) {
    if (!tokens.get(hit.to() - 1).key().equals("ero")) {
      return null;
    }
    int end = hit.to();
    while (end < tokens.size() && end < hit.to() + 2 && TokenPhrases.nameWord(tokens.get(end))
        && TokenPhrases.joins(tokens, end, false)) {
      end++;
    }
    end += TokenPhrases.matchAt(tokens, end, FIELD_OFFICE);
    return end == hit.to() ? null : mention(text, tokens, hit.from(), end, EntityType.AGENCY);
  }

  static Mention mention(String text, List<Token> tokens, int from, int to, EntityType type) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new Mention(text.substring(start, end), type, start, end, "pattern");
  }
}
