package org.foiapipeline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foiapipeline.nlp.AgencyRecord;
import org.foiapipeline.nlp.CountyRecord;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Gazetteer;
import org.foiapipeline.nlp.GazetteerBuilder;
import org.foiapipeline.nlp.GazetteerEntry;
import org.foiapipeline.nlp.ReferenceData;
import org.foiapipeline.nlp.StateRecord;

/**
 * Every canonical entity: counties and county-equivalents ({@code county:<FIPS>}), states and territories
 * ({@code state:<ST>}), federal agencies ({@code agency:<id>}); places ({@code place:<ST>:<name>}) have no list
 * and are made from their id. Immutable and thread-safe; build once with {@link #standard()}.
 */
public final class EntityCatalog {
  private static final int MAX_PLACES_KEPT = 200_000;

  private final Map<String, Entity> byId = new HashMap<>();
  /** Place entities made from their ids (tables name thousands of places per request). */
  private final Map<String, Optional<Entity>> places = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, StateRecord> states = new HashMap<>();
  private final Map<String, CountyRecord> counties = new HashMap<>();
  private final Map<String, String> independentCities = new HashMap<>();
  private final Gazetteer gazetteer;

  public EntityCatalog(ReferenceData data, Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (StateRecord s : data.states()) {
      byId.put(s.id(), new Entity(s.id(), EntityType.STATE, s.name(), s.code()));
      states.put(s.code(), s);
      states.put(s.name().toLowerCase(Locale.ROOT), s);
    }
    for (CountyRecord c : data.counties()) {
      byId.put(c.id(), new Entity(c.id(), EntityType.COUNTY, c.displayName(), c.state()));
      counties.put(c.id(), c);
      if (c.independentCity()) {
        independentCities.put(c.state() + ":" + PlaceNames.slug(c.baseName()), c.id());
        independentCities.put(c.state() + ":" + PlaceNames.slug(c.baseName().replace("St. ", "Saint ")), c.id());
      }
    }
    for (AgencyRecord a : data.agencies()) {
      byId.put(a.id(), new Entity(a.id(), EntityType.AGENCY, a.name(), ""));
    }
  }

  /** The catalog of the shipped lists. */
  public static EntityCatalog standard() {
    return Holder.CATALOG;
  }

  private static final class Holder {
    static final EntityCatalog CATALOG = new EntityCatalog(ReferenceData.standard(), GazetteerBuilder.standard());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The entity of an id; a well-formed place id makes its place entity. */
  public Optional<Entity> byId(String id) {
    Entity known = byId.get(id);
    if (known != null || id == null || !id.startsWith("place:")) {
      return Optional.ofNullable(known);
    }
    Optional<Entity> place = places.get(id);
    if (place == null) {
      place = place(id);
      if (places.size() < MAX_PLACES_KEPT) { // ids can come from users: the memo stays bounded
        places.put(id, place);
      }
    }
    return place;
  }

  private Optional<Entity> place(String id) {
    String[] parts = id.split(":", 3);
    if (parts.length != 3 || !states.containsKey(parts[1]) || !parts[2].equals(PlaceNames.slug(parts[2]))
        || parts[2].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Entity(id, EntityType.PLACE, PlaceNames.display(parts[2]) + ", " + parts[1], parts[1]));
  }

  /** A state by USPS code ("NE") or name ("Nebraska"), any case. */
  public Optional<StateRecord> state(String codeOrName) {
    String key = codeOrName.strip();
    StateRecord s = states.get(key.length() == 2 ? key.toUpperCase(Locale.ROOT) : key.toLowerCase(Locale.ROOT));
    return Optional.ofNullable(s);
  }

  /** The Census record of a county id, if it is one. */
  public Optional<CountyRecord> county(String id) {
    return Optional.ofNullable(counties.get(id));
  }

  /**
   * The county id a place of this name is when city and county are one: an independent city ("richmond" or
   * "richmond-city", VA → Richmond city) or a consolidated city-county (Philadelphia, PA).
   */
  public Optional<String> countyOfPlace(String state, String slug) {
    String bare = slug.endsWith("-city") ? slug.substring(0, slug.length() - 5) : slug;
    String consolidated = PlaceNames.cityCounty(state, bare);
    if (consolidated != null) {
      return Optional.of(consolidated);
    }
    return Optional.ofNullable(independentCities.getOrDefault(state + ":" + slug, independentCities.get(state + ":" + bare)));
  }

  /**
   * Entities a user-typed name can mean: an id ("county:31043"), a name with or without its state ("dakota
   * county, ne", "Dakota Co", "Dakota County NE"), a bare name ("Washington" → the state and every Washington
   * County), a state or an agency alias ("ice"). Sorted by state and name; empty when nothing matches.
   */
  public List<Entity> lookup(String name) {
    String query = name == null ? "" : name.strip();
    if (query.matches("(?i)(county|state|agency|place):.+")) {
      return byId(query.toLowerCase(Locale.ROOT).startsWith("place:") ? query : normaliseId(query)).stream()
          .toList();
    }
    List<Entity> withState = matches(splitState(query));
    return withState.isEmpty() ? matches(new String[] {query, null}) : withState;
  }

  private List<Entity> matches(String[] split) {
    Set<String> ids = new LinkedHashSet<>();
    for (String form : forms(split[0])) {
      GazetteerEntry entry = gazetteer.wholeMatch(form);
      if (entry != null) {
        ids.addAll(entry.ids());
      }
    }
    List<Entity> out = new ArrayList<>();
    for (String id : ids) {
      byId(id).filter(e -> split[1] == null || e.state().equals(split[1])).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Entity::state).thenComparing(Entity::name));
    return out;
  }

  private static String normaliseId(String id) {
    int colon = id.indexOf(':');
    String kind = id.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = id.substring(colon + 1);
    return kind + ":" + (kind.equals("state") ? rest.toUpperCase(Locale.ROOT) : rest.toLowerCase(Locale.ROOT));
  }

  /** [name, state code or null]: "dakota county, ne" and "Dakota County Nebraska" → ["dakota county", "NE"]. */
  private String[] splitState(String query) {
    int comma = query.lastIndexOf(',');
    if (comma > 0) {
      Optional<StateRecord> s = state(query.substring(comma + 1));
      if (s.isPresent()) {
        return new String[] {query.substring(0, comma).strip(), s.get().code()};
      }
    }
    String[] words = query.split("\\s+");
    for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
      String tail = String.join(" ", List.of(words).subList(words.length - n, words.length));
      Optional<StateRecord> s = state(tail);
      if (s.isPresent()) {
        return new String[] {String.join(" ", List.of(words).subList(0, words.length - n)), s.get().code()};
      }
    }
    return new String[] {query, null};
  }

  /**
   * The query as typed, title-cased and in capitals (for acronyms), each also with " County" and " city"
   * added, so "Baltimore" finds Baltimore County and Baltimore city.
   */
  private static List<String> forms(String name) {
    List<String> out = new ArrayList<>();
    for (String f : List.of(name, titleCase(name), name.toUpperCase(Locale.ROOT))) {
      out.add(f);
      out.add(f + " County");
      out.add(f + " city");
    }
    return out;
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}
