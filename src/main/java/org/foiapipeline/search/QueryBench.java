package org.foiapipeline.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.SearchResult;
import org.foiapipeline.resolve.EntityNames;

/**
 * The query side of the scale benchmark: a seeded mix of what a team does all day over a warm index —
 * searches (terms, phrases, booleans, fuzzy and proximity, with and without filters, by page and by
 * document, always with facets), entity lookups and contact tables — timed one by one, as a user waits.
 */
public final class QueryBench {
  /** The three kinds of request measured. */
  public enum Kind { SEARCH, ENTITY, CONTACTS }

  /** Latencies of one kind in milliseconds, sorted. */
  public record Latencies(Kind kind, double[] millis) {
    public double percentile(double p) {
      if (millis.length == 0) {
        return Double.NaN;
      }
      int at = (int) Math.ceil(p / 100.0 * millis.length) - 1;
      return millis[Math.max(0, Math.min(millis.length - 1, at))];
    }
  }

  private static final List<String> TERMS =
      List.of("sheriff", "agreement", "training", "detainer", "warrant", "\"287(g)\"", "jail", "meeting",
          "commissioners", "enforcement", "officers", "application", "interest", "immigration", "task force");
  private static final List<String> STATES = List.of("TX", "FL", "GA", "NC", "VA", "OH", "PA", "MN", "CA", "AZ");

  private final IndexView view;
  private final EntityLookup lookup;
  private final EntityNames names;
  private final Random random;
  private final List<String> jurisdictions = new ArrayList<>();

  public QueryBench(IndexView view, EntityNames names, long seed) throws IOException {
    this.view = view;
    this.names = names;
    this.lookup = new EntityLookup(view, names);
    this.random = new Random(seed);
    collectJurisdictions();
  }

  /** Runs {@code warmup} unmeasured requests, then {@code count} measured ones (60% search, 25% entity, 15% contacts). */
  public Map<Kind, Latencies> run(int warmup, int count) throws IOException {
    for (int i = 0; i < warmup; i++) {
      once(pick());
    }
    Map<Kind, List<Double>> taken = new EnumMap<>(Kind.class);
    for (int i = 0; i < count; i++) {
      Kind kind = pick();
      long start = System.nanoTime();
      once(kind);
      taken.computeIfAbsent(kind, k -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
    }
    Map<Kind, Latencies> out = new EnumMap<>(Kind.class);
    taken.forEach((kind, list) -> out.put(kind, sorted(kind, list)));
    return out;
  }

  /** All measured latencies together. */
  public static Latencies overall(Map<Kind, Latencies> byKind) {
    double[] all = byKind.values().stream().flatMapToDouble(l -> Arrays.stream(l.millis())).sorted().toArray();
    return new Latencies(null, all);
  }

  private static Latencies sorted(Kind kind, List<Double> list) {
    double[] millis = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Latencies(kind, millis);
  }

  private Kind pick() {
    double r = random.nextDouble();
    return r < 0.60 ? Kind.SEARCH : r < 0.85 ? Kind.ENTITY : Kind.CONTACTS;
  }

  private void once(Kind kind) throws IOException {
    switch (kind) {
      case SEARCH -> view.search(query(), filters(0.3), 20, random.nextInt(4) == 0 ? 20 : 0, random.nextBoolean());
      case ENTITY -> {
        String id = entity();
        lookup.report(id, id.substring(0, id.indexOf(':')));
      }
      case CONTACTS -> ContactTable.byJurisdiction(view.contacts(filters(0.8)), names);
    }
  }

  private String query() {
    String term = TERMS.get(random.nextInt(TERMS.size()));
    String county = jurisdictions.isEmpty() ? "county" : "\"" + names.name(entity()).replaceAll(",.*", "") + "\"";
    return switch (random.nextInt(6)) {
      case 0 -> term;
      case 1 -> county;
      case 2 -> county + " AND " + term;
      case 3 -> "sherif~1 AND " + term;
      case 4 -> "\"sheriff agreement\"~8";
      default -> term + " OR " + TERMS.get(random.nextInt(TERMS.size()));
    };
  }

  private Filters filters(double share) {
    if (random.nextDouble() >= share) {
      return Filters.NONE;
    }
    Optional<String> state = Optional.of(STATES.get(random.nextInt(STATES.size())));
    Optional<LocalDate> from = random.nextBoolean() ? Optional.of(LocalDate.of(2010 + random.nextInt(12), 1, 1)) : Optional.empty();
    return new Filters(List.of(), List.of(), state, from, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private String entity() {
    return jurisdictions.isEmpty() ? "agency:ice" : jurisdictions.get(random.nextInt(jurisdictions.size()));
  }

  /** The jurisdictions the index mentions most, overall and state by state. */
  private void collectJurisdictions() throws IOException {
    addTop(Filters.NONE);
    for (String state : STATES) {
      addTop(new Filters(List.of(), List.of(), Optional.of(state), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
  }

  private void addTop(Filters filters) throws IOException {
    List<SearchResult.FacetCount> top = view.facets(filters).getOrDefault("jurisdiction", List.of());
    top.stream().map(SearchResult.FacetCount::value).filter(v -> !jurisdictions.contains(v)).forEach(jurisdictions::add);
  }

  public int jurisdictionPool() {
    return jurisdictions.size();
  }

  /** Contacts in the index, for the report. */
  public int contactCount() throws IOException {
    List<ContactRow> all = view.contacts(Filters.NONE);
    return all.size();
  }
}
