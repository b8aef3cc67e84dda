package org.foiapipeline.resolve;

import java.util.List;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.GazetteerHit;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.nlp.StateQualifier;
import org.foiapipeline.nlp.StateRecord;
import org.foiapipeline.nlp.TextTokens;

/**
 * What one mention can be before the document's context is applied.
 *
 * @param ids the entity ids it can be (one when its name is unique)
 * @param placeSlug for a place, its name as an id part ("dakota-city"), else empty
 * @param needsContext whether even a single id needs the document to agree (independent cities, whose
 *     names are also ordinary city names elsewhere: "Franklin city")
 * @param state the state written with the name ("Dickinson Police Department, ND"), else empty
 * @param government whether a place mention names its government ("City of X", "X Police Department"),
 *     which is the county when city and county are one; a bare city of an address is the place itself
 */
record Candidates(List<String> ids, String placeSlug, boolean needsContext, String state, boolean government) {
  static final Candidates NONE = new Candidates(List.of(), "", false, "", false);

  /**
   * The candidates of a mention, read with the catalog's gazetteer; a state written next to it on the page
   * ({@link StateQualifier}) narrows them.
   */
  static Candidates of(Mention mention, EntityCatalog catalog, String pageText) {
    if (mention.type() == EntityType.PERSON) {
      return NONE;
    }
    boolean local = mention.type() == EntityType.COUNTY || mention.type() == EntityType.PLACE;
    if (mention.type() == EntityType.STATE && mention.text().length() == 2) {
      return catalog.state(mention.text()).map(s -> new Candidates(List.of(s.id()), "", false, s.code(), false))
          .orElse(NONE);
    }
    String state = local ? writtenState(mention, pageText, catalog) : "";
    String text = mention.text();
    if (mention.type() == EntityType.PLACE) {
      String name = PlaceNames.nameOf(text);
      String slug = PlaceNames.slug(name);
      boolean government = !name.equals(text.replaceAll("\\s+", " ").strip());
      return slug.isEmpty() ? NONE : new Candidates(List.of(), slug, false, state, government);
    }
    for (GazetteerHit hit : catalog.gazetteer().hits(TextTokens.tokenize(text))) {
      if (fits(mention.type(), hit.entry().type())) {
        // a long mention may carry its state inside: "Hamilton County Tennessee Sheriff's Office"
        String inside =
            state.isEmpty() && local
                ? StateQualifier.standard().after(text, hit.end()).flatMap(catalog::state).map(StateRecord::code).orElse("")
                : "";
        List<String> ids = inState(hit.entry().ids(), state.isEmpty() ? inside : state, catalog);
        boolean independentCity =
            ids.size() == 1 && catalog.county(ids.get(0)).map(c -> c.independentCity()).orElse(false);
        String written = state.isEmpty() ? inside : state;
        return new Candidates(ids, "", independentCity && written.isEmpty(), written, false);
      }
    }
    return NONE;
  }

  private static String writtenState(Mention mention, String pageText, EntityCatalog catalog) {
    if (pageText == null || mention.end() > pageText.length()
        || !pageText.startsWith(mention.text(), mention.start())) {
      return "";
    }
    StateQualifier q = StateQualifier.standard();
    return q.after(pageText, mention.end()).or(() -> q.before(pageText, mention.start())).flatMap(catalog::state)
        .map(StateRecord::code).orElse("");
  }

  /** The ids in the written state; all of them when no state is written or none is in it. */
  private static List<String> inState(List<String> ids, String state, EntityCatalog catalog) {
    if (state.isEmpty()) {
      return ids;
    }
    List<String> in =
        ids.stream().filter(id -> catalog.byId(id).map(e -> e.state().equals(state)).orElse(false)).toList();
    return in.isEmpty() ? ids : in;
  }

  /** A county office names its county; a state agency ("Virginia Department of Corrections") its state. */
  private static boolean fits(EntityType mentionType, EntityType hitType) {
    return mentionType == hitType || (mentionType == EntityType.AGENCY && hitType == EntityType.STATE);
  }

  boolean isPlace() {
    return !placeSlug.isEmpty();
  }
}
