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
 */
record Candidates(List<String> ids, String placeSlug, boolean needsContext, String state) {
  static final Candidates NONE = new Candidates(List.of(), "", false, "");

  /** The candidates of a mention, read with the catalog's gazetteer. */
  static Candidates of(Mention mention, EntityCatalog catalog) {
    if (mention.type() == EntityType.PERSON) {
      return NONE;
    }
    boolean local = mention.type() == EntityType.COUNTY || mention.type() == EntityType.PLACE;
    String state =
        !local ? "" : StateQualifier.standard().stateOf(mention.text()).flatMap(catalog::state)
            .map(StateRecord::code).orElse("");
    String text = state.isEmpty() ? mention.text() : mention.text().substring(0, mention.text().lastIndexOf(','));
    if (mention.type() == EntityType.PLACE) {
      String slug = PlaceNames.slug(PlaceNames.nameOf(text));
      return slug.isEmpty() ? NONE : new Candidates(List.of(), slug, false, state);
    }
    for (GazetteerHit hit : catalog.gazetteer().hits(TextTokens.tokenize(text))) {
      if (fits(mention.type(), hit.entry().type())) {
        List<String> ids = inState(hit.entry().ids(), state, catalog);
        boolean independentCity =
            ids.size() == 1 && catalog.county(ids.get(0)).map(c -> c.independentCity()).orElse(false);
        return new Candidates(ids, "", independentCity && state.isEmpty(), state);
      }
    }
    return NONE;
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
