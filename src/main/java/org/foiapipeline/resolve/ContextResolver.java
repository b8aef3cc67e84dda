package org.foiapipeline.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;

/**
 * Resolves a document's mentions with the document as context. A name that can mean one entity is that
 * entity; a name shared by several counties ("Washington County") goes to the candidate whose state the
 * document points at most (addresses, ZIP prefixes, government domains, state names, the other resolved
 * mentions: see {@link StateEvidence}), and stays unresolved with its candidates when nothing decides. A
 * police department or "City of X" is a place in the document's state, unless the city is its own county
 * (independent cities, Philadelphia). Persons resolve to nothing. Thread-safe.
 */
public final class ContextResolver implements DocumentResolver {
  private static final double STATE_MENTION_WEIGHT = 1;
  private static final double UNIQUE_MENTION_WEIGHT = 2;

  private final EntityCatalog catalog;
  private final ZipPrefixes zips;

  public ContextResolver(EntityCatalog catalog, ZipPrefixes zips) {
    this.catalog = catalog;
    this.zips = zips;
  }

  public static ContextResolver standard() {
    return new ContextResolver(EntityCatalog.standard(), ZipPrefixes.standard());
  }

  @Override
  public List<ResolvedMention> resolve(List<String> pageTexts, List<List<Mention>> mentions) {
    StateEvidence evidence = StateEvidence.fromText(pageTexts, catalog, zips);
    List<List<Candidates>> candidates = new ArrayList<>();
    for (int p = 0; p < mentions.size(); p++) {
      List<Candidates> onPage = new ArrayList<>();
      for (Mention m : mentions.get(p)) {
        Candidates c = Candidates.of(m, catalog, p < pageTexts.size() ? pageTexts.get(p) : null);
        onPage.add(c);
        addEvidence(evidence, p < pageTexts.size() ? p : -1, m, c);
      }
      candidates.add(onPage);
    }
    List<ResolvedMention> out = new ArrayList<>();
    for (int p = 0; p < mentions.size(); p++) {
      int page = p < pageTexts.size() ? p : -1;
      for (int i = 0; i < mentions.get(p).size(); i++) {
        out.add(choose(mentions.get(p).get(i), p + 1, candidates.get(p).get(i), evidence, page));
      }
    }
    return out;
  }

  /** A mention that names one state (a state, a unique county, a state agency) is evidence for it. */
  private void addEvidence(StateEvidence evidence, int page, Mention m, Candidates c) {
    if (page >= 0 && !c.state().isEmpty()) {
      evidence.add(page, c.state(), UNIQUE_MENTION_WEIGHT);
    }
    if (page < 0 || c.ids().size() != 1 || c.needsContext()) {
      return;
    }
    String id = c.ids().get(0);
    double weight = m.type() == EntityType.STATE ? STATE_MENTION_WEIGHT : UNIQUE_MENTION_WEIGHT;
    catalog.byId(id).filter(e -> !e.state().isEmpty()).ifPresent(e -> evidence.add(page, e.state(), weight));
  }

  private ResolvedMention choose(Mention m, int pageNumber, Candidates c, StateEvidence evidence, int page) {
    if (m.type() == EntityType.PERSON) {
      return personId(m.text()).map(id -> resolved(m, pageNumber, id)).orElse(unresolved(m, pageNumber, List.of()));
    }
    if (c.isPlace()) {
      Optional<String> state =
          !c.state().isEmpty() ? Optional.of(c.state()) : page < 0 ? Optional.empty() : evidence.best(page);
      return state
          .map(st -> resolved(m, pageNumber, placeId(st, c)))
          .orElse(unresolved(m, pageNumber, List.of()));
    }
    if (c.ids().size() == 1 && (!c.needsContext() || evidence.isEmpty())) {
      return resolved(m, pageNumber, c.ids().get(0));
    }
    if (c.ids().isEmpty()) {
      return unresolved(m, pageNumber, List.of());
    }
    return page < 0 ? unresolved(m, pageNumber, c.ids()) : byState(m, pageNumber, c, evidence, page);
  }

  /**
   * A person is known by name only: {@code person:<first-last>} from a name of two to four words, so that the
   * same official is one entity across documents. Single words are too ambiguous to be an entity.
   */
  static Optional<String> personId(String name) {
    String clean = name.replaceAll("\\s+", " ").strip();
    int words = clean.split(" ").length;
    String slug = PlaceNames.slug(clean);
    return words >= 2 && words <= 4 && !slug.isEmpty() ? Optional.of("person:" + slug) : Optional.empty();
  }

  /** The place, or the county when the mention names the government of a city that is its own county. */
  private String placeId(String state, Candidates c) {
    Optional<String> county = c.government() ? catalog.countyOfPlace(state, c.placeSlug()) : Optional.empty();
    return county.orElse("place:" + state + ":" + c.placeSlug());
  }

  /** The candidate whose state scores highest, when exactly one does and it scores above zero. */
  private ResolvedMention byState(Mention m, int pageNumber, Candidates c, StateEvidence evidence, int page) {
    String best = null;
    double top = 0;
    boolean tie = false;
    for (String id : c.ids()) {
      String state = catalog.byId(id).map(Entity::state).orElse("");
      double score = state.isEmpty() ? 0 : evidence.score(page, state);
      if (score > top) {
        best = id;
        top = score;
        tie = false;
      } else if (score == top && score > 0) {
        tie = true;
      }
    }
    return best == null || tie ? unresolved(m, pageNumber, c.ids()) : resolved(m, pageNumber, best);
  }

  private static ResolvedMention resolved(Mention m, int page, String id) {
    return new ResolvedMention(m, page, id, List.of());
  }

  private static ResolvedMention unresolved(Mention m, int page, List<String> candidates) {
    return new ResolvedMention(m, page, "", candidates);
  }
}
