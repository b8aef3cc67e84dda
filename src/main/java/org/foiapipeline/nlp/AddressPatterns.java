package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * States and places in addresses and tables: the state code of "Phelps, MO 65511" or "Dickinson, ND" (type
 * STATE) and the city before it (type PLACE), and a state code that starts a table row before a local name
 * ("NC  Scotland County Sheriff's Office"). A code counts only in capitals, after a comma and before a ZIP
 * code or a line end, or right before a ZIP code.
 */
final class AddressPatterns {
  private static final int MAX_NAME_WORDS = 3;
  private static final Set<String> NOT_A_CITY =
      Set.of("no", "number", "box", "apt", "room", "unit", "case", "file", "badge", "employee", "fax", "tel",
              "phone", "ref", "form", "id", "page").stream()
          .map(TextTokens::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private AddressPatterns() {}

  static List<Mention> find(
      String text, List<Token> tokens, List<GazetteerHit> hits, Set<String> codes, List<Mention> locals) {
    List<Mention> out = new ArrayList<>();
    citiesBeforeStateNames(text, tokens, hits, out);
    for (int k = 0; k < tokens.size(); k++) {
      if (isParenthesised(text, tokens.get(k), codes)) {
        out.add(OfficePatterns.mention(text, tokens, k, k + 1, EntityType.STATE));
      } else if (isAddressCode(tokens, k, codes)) {
        out.add(OfficePatterns.mention(text, tokens, k, k + 1, EntityType.STATE));
        addIfFound(out, tokens.get(k).commaBefore() ? city(text, tokens, k) : null);
      }
    }
    tableRowCodes(text, locals, out);
    return out;
  }

  /** "Llano, Texas" at a line end or before a ZIP code: Llano is a place. */
  private static void citiesBeforeStateNames(
      String text, List<Token> tokens, List<GazetteerHit> hits, List<Mention> out) {
    for (GazetteerHit hit : hits) {
      boolean lineEnd = hit.to() >= tokens.size() || tokens.get(hit.to()).lineBefore()
          || isZip(tokens.get(hit.to()).raw());
      if (hit.entry().type() == EntityType.STATE && tokens.get(hit.from()).commaBefore() && lineEnd) {
        addIfFound(out, city(text, tokens, hit.from()));
      }
    }
  }

  /** A code alone before a county or place name at the start of its line is that name's state. */
  private static void tableRowCodes(String text, List<Mention> locals, List<Mention> out) {
    for (Mention local : locals) {
      if (local.type() == EntityType.COUNTY || local.type() == EntityType.PLACE) {
        int start = StateQualifier.standard().beforeStart(text, local.start());
        // an OCR'd "™" for TN still qualifies the name (Candidates reads it) but is no state mention itself
        if (start >= 0 && Character.isLetter(text.charAt(start))) {
          out.add(new Mention(text.substring(start, start + 2), EntityType.STATE, start, start + 2, "pattern"));
        }
      }
    }
  }

  private static void addIfFound(List<Mention> out, Mention m) {
    if (m != null) {
      out.add(m);
    }
  }

  private static boolean isAddressCode(List<Token> tokens, int k, Set<String> codes) {
    Token t = tokens.get(k);
    if (!codes.contains(t.raw())) {
      return false;
    }
    Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
    boolean zipNext = next != null && !next.lineBefore() && isZip(next.raw());
    boolean lineEnd = next == null || next.lineBefore();
    return t.commaBefore() ? zipNext || lineEnd : zipNext && cityBefore(tokens, k);
  }

  /** "Blair NE 68008" has a city before the code; "Employee ID 45678" and "Case No. NE 68008" do not. */
  private static boolean cityBefore(List<Token> tokens, int k) {
    if (k == 0 || tokens.get(k).lineBefore()) {
      return false;
    }
    Token previous = tokens.get(k - 1);
    return TokenPhrases.nameWord(previous) && !NOT_A_CITY.contains(previous.key());
  }

  /** "(TX)" after a name, as in an e-mail subject "Stonewall County (TX)". */
  private static boolean isParenthesised(String text, Token t, Set<String> codes) {
    return codes.contains(t.raw()) && t.start() > 0 && text.charAt(t.start() - 1) == '('
        && t.end() < text.length() && text.charAt(t.end()) == ')';
  }

  private static boolean isZip(String raw) {
    return raw.length() == 5 && raw.chars().allMatch(Character::isDigit);
  }

  /** The city before ", ST": capitalised words on the same line, none of them an office word. */
  private static Mention city(String text, List<Token> tokens, int code) {
    int from = code;
    while (from > 0 && code - from < MAX_NAME_WORDS && TokenPhrases.nameWord(tokens.get(from - 1))
        && (from == code || TokenPhrases.joins(tokens, from, false)) && !tokens.get(from == code ? code : from)
            .lineBefore()) {
      from--;
    }
    return from == code ? null : OfficePatterns.mention(text, tokens, from, code, EntityType.PLACE);
  }
}
