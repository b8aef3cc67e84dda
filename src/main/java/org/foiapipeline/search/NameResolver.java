package org.foiapipeline.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.nlp.CombinedRecognizer;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.nlp.Recognizer;
import org.foiapipeline.nlp.StateRecord;
import org.foiapipeline.resolve.ContextResolver;
import org.foiapipeline.resolve.DocumentResolver;
import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.resolve.ResolvedMention;
import org.foiapipeline.resolve.ZipPrefixes;

/**
 * Resolves a name as a reporter writes it ("Dakota Co. Sheriff's Office", "Harris County, TX", "ERO Houston",
 * "Sheriff of Frederick County MD") to one canonical entity, the way ingest would read it on a page. First the
 * catalog's own lookup ({@code foia entity}, {@code --jurisdiction}): ids, names with or without their state;
 * then the recogniser (gazetteer with OCR tolerance, office patterns) and the context resolver over the name
 * with its state, so that offices, field offices and small misspellings resolve as they do in documents. A
 * state given beside the name decides between same-named counties. Thread-safe; never throws.
 */
public final class NameResolver {
  private final EntityCatalog catalog;
  private final Recognizer recognizer;
  private final DocumentResolver resolver;

  public NameResolver(EntityCatalog catalog, Recognizer recognizer, DocumentResolver resolver) {
    this.catalog = catalog;
    this.recognizer = recognizer;
    this.resolver = resolver;
  }

  /** Gazetteer and patterns of the shipped lists (the trained model adds nothing for a bare name). */
  public static NameResolver standard() {
    EntityCatalog catalog = EntityCatalog.standard();
    return new NameResolver(
        catalog,
        new CombinedRecognizer(catalog.gazetteer(), CombinedRecognizer.NO_MODEL),
        new ContextResolver(catalog, ZipPrefixes.standard()));
  }

  /**
   * @param name the name as written; blank is not found
   * @param state a USPS code or state name that the entity must lie in, or null/blank for any
   */
  public NameResolution resolve(String name, String state) {
    String n = name == null ? "" : name.replaceAll("\\s+", " ").strip();
    if (n.isEmpty()) {
      return NameResolution.notFound("empty name");
    }
    Optional<StateRecord> st = Optional.empty();
    if (state != null && !state.isBlank()) {
      st = catalog.state(state);
      if (st.isEmpty()) {
        return NameResolution.notFound("\"" + state.strip() + "\" in the state column is not a US state or territory");
      }
    }
    String code = st.map(StateRecord::code).orElse(null);
    NameResolution direct = direct(n, code);
    if (direct != null) {
      return direct;
    }
    NameForms.Split split = NameForms.splitState(n, catalog::state);
    if (st.isPresent() && split.state().isPresent() && !split.state().equals(st)) {
      return NameResolution.notFound("the name ends with " + split.state().get().code() + " but the state column says "
          + st.get().code());
    }
    Optional<StateRecord> inState = st.isPresent() ? st : split.state();
    // Office words are never names: a corrected "Cuonty Sherrif" is read first, or the misspelt words would
    // be read as the name of a place.
    String corrected = NameForms.correct(split.name());
    if (!corrected.equals(split.name())) {
      NameResolution read = recognised(corrected, inState);
      if (read.status() != NameResolution.Status.NOT_FOUND) {
        return read;
      }
    }
    return recognised(split.name(), inState);
  }

  /** The catalog's own reading of the name, or null when it knows no such name. */
  private NameResolution direct(String name, String state) {
    List<Entity> found = inState(catalog.lookup(name), state);
    if (found.size() == 1) {
      return NameResolution.found(found.get(0), "");
    }
    return found.isEmpty() ? null : ambiguous(name, found);
  }

  private NameResolution recognised(String name, Optional<StateRecord> state) {
    String text = state.map(s -> name + ", " + s.name()).orElse(name);
    List<Mention> mentions = recognizer.find(text);
    List<ResolvedMention> resolved = resolver.resolve(List.of(text), List.of(mentions));
    Optional<ResolvedMention> best =
        resolved.stream()
            .filter(m -> m.mention().type() != EntityType.PERSON && m.mention().start() < name.length())
            .filter(m -> m.mention().type() != EntityType.STATE || resolved.size() == 1)
            .max(Comparator.comparingInt((ResolvedMention m) -> m.mention().end() - m.mention().start()));
    if (best.isEmpty()) {
      return NameResolution.notFound("no agency, county, place or state recognised in the name");
    }
    ResolvedMention m = best.get();
    String how = "read as \"" + m.mention().text() + "\"";
    String code = state.map(StateRecord::code).orElse(null);
    if (m.isResolved()) {
      Optional<Entity> e = catalog.byId(m.entityId()).filter(x -> code == null || x.state().isEmpty() || x.state().equals(code));
      return e.map(x -> NameResolution.found(x, how))
          .orElseGet(() -> NameResolution.notFound(how + ", which is " + m.entityId() + ", not in " + code));
    }
    List<Entity> candidates = inState(entities(m.candidates()), code);
    if (candidates.isEmpty()) {
      return NameResolution.notFound(how + (code == null ? "; its state is not known: add a state column or \", ST\""
          : "; no such entity in " + code));
    }
    return candidates.size() == 1 ? NameResolution.found(candidates.get(0), how) : ambiguous(name, candidates);
  }

  private NameResolution ambiguous(String name, List<Entity> candidates) {
    return NameResolution.ambiguous(
        candidates, "\"" + name + "\" could be " + candidates.size() + " entities; add the state, e.g. \"" + name + ", "
            + candidates.get(0).state() + "\"");
  }

  private List<Entity> entities(List<String> ids) {
    List<Entity> out = new ArrayList<>();
    ids.forEach(id -> catalog.byId(id).ifPresent(out::add));
    out.sort(Comparator.comparing(Entity::state).thenComparing(Entity::name));
    return out;
  }

  private static List<Entity> inState(List<Entity> found, String state) {
    return state == null ? found : found.stream().filter(e -> e.state().isEmpty() || e.state().equals(state)).toList();
  }
}
