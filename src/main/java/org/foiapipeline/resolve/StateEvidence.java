package org.foiapipeline.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.nlp.StateRecord;

/**
 * How strongly a document points at each state, page by page: addresses ("Dakota City, NE 68731", the ZIP's
 * own state from its prefix), government e-mail and web domains ("co.dakota.ne.us"), and evidence added from
 * the document's resolved mentions. Washington, DC counts a quarter: federal letterheads put it everywhere.
 * Built and used by one thread.
 */
final class StateEvidence {
  private static final Pattern ADDRESS = Pattern.compile("\\b([A-Z][A-Za-z]{1,13}(?: [A-Z][a-z]+)?)\\.?,?[ \\t]{1,3}(\\d{5})(?:-\\d{4})?\\b");
  /** What stands before a two-letter code and a number that is not an address ("Employee ID 45678"). */
  private static final Pattern NOT_A_CITY_BEFORE =
      Pattern.compile("(?i)(?:^|[^A-Za-z])(?:no|number|box|suite|ste|apt|room|unit|case|file|badge|employee|bldg"
          + "|fax|tel|phone|id|ref|form)\\.?[ \\t]*$");
  private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.([a-z]{2})\\.(?:us|gov)\\b");
  private static final double ADDRESS_WEIGHT = 3;
  private static final double ZIP_WEIGHT = 1;
  private static final double DOMAIN_WEIGHT = 2;
  private static final double FIELD_OFFICE_WEIGHT = 1;

  private final List<Map<String, Double>> pages = new ArrayList<>();
  private final Map<String, Double> document = new HashMap<>();

  StateEvidence(int pageCount) {
    for (int i = 0; i < pageCount; i++) {
      pages.add(new HashMap<>());
    }
  }

  /** Evidence from the text of every page. */
  static StateEvidence fromText(List<String> pageTexts, EntityCatalog catalog, ZipPrefixes zips) {
    StateEvidence evidence = new StateEvidence(pageTexts.size());
    for (int p = 0; p < pageTexts.size(); p++) {
      evidence.read(p, pageTexts.get(p) == null ? "" : pageTexts.get(p), catalog, zips);
    }
    return evidence;
  }

  private void read(int page, String text, EntityCatalog catalog, ZipPrefixes zips) {
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      boolean code = m.group(1).length() == 2;
      if (code && !(m.group(1).equals(m.group(1).toUpperCase()) && cityBefore(text, m.start(1)))) {
        continue;
      }
      Optional<StateRecord> named = catalog.state(m.group(1));
      Optional<String> zipState = zips.state(m.group(2));
      named.ifPresent(s -> add(page, s.code(), ADDRESS_WEIGHT));
      boolean abbreviationLike = m.group(1).length() == 2 && m.group(1).equals(m.group(1).toUpperCase());
      if (named.isPresent() || abbreviationLike) {
        zipState.ifPresent(s -> add(page, s, named.isPresent() ? ZIP_WEIGHT : ADDRESS_WEIGHT - 1));
      }
    }
    Matcher d = DOMAIN.matcher(text);
    while (d.find()) {
      catalog.state(d.group(1)).ifPresent(s -> add(page, s.code(), DOMAIN_WEIGHT));
    }
    for (List<String> area : FieldOffices.standard().statesNamedIn(text)) {
      area.forEach(s -> add(page, s, FIELD_OFFICE_WEIGHT));
    }
  }

  /** Whether a code at {@code at} follows a comma or a city on its line, as in "Blair NE 68008". */
  private static boolean cityBefore(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    String before = text.substring(lineStart, at).stripTrailing();
    if (before.endsWith(",")) {
      return true;
    }
    return !before.isEmpty() && Character.isLetter(before.charAt(before.length() - 1))
        && !NOT_A_CITY_BEFORE.matcher(before).find();
  }

  /** Adds weight for a state on a 0-based page (and so for the document). */
  void add(int page, String state, double weight) {
    double w = state.equals("DC") ? weight / 4 : weight;
    pages.get(page).merge(state, w, Double::sum);
    document.merge(state, w, Double::sum);
  }

  /** A state's score for a mention on this page: the document's evidence plus the page's own again. */
  double score(int page, String state) {
    return document.getOrDefault(state, 0.0) + pages.get(page).getOrDefault(state, 0.0);
  }

  /** The one state that scores highest for this page, if one does (no tie, above zero). */
  Optional<String> best(int page) {
    String best = null;
    double top = 0;
    boolean tie = false;
    for (String state : document.keySet()) {
      double s = score(page, state);
      if (s > top) {
        best = state;
        top = s;
        tie = false;
      } else if (s == top && s > 0) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  int pageCount() {
    return pages.size();
  }

  boolean isEmpty() {
    return document.isEmpty();
  }
}
