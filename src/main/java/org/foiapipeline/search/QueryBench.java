package org.foiapipeline.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
  private final List<Request> measured = new ArrayList<>();

  /** One measured request: what was asked, how long it took, and the CPU time of its thread. */
  public record Request(Kind kind, String what, double millis, double cpuMillis) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
    measured.clear();
    for (int i = 0; i < count; i++) {
      Kind kind = pick();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      String what = once(kind);
      double millis = (System.nanoTime() - start) / 1e6;
      double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
      measured.add(new Request(kind, what, millis, cpuMillis));
    }
    return byKind(Request::millis);
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

  /**
   * CPU time of the last run's requests by kind: what a request costs whatever else runs on the machine
   * (wall time on a shared machine includes waiting for a core).
   */
  public Map<Kind, Latencies> cpu() {
    return byKind(Request::cpuMillis);
  }

  /** One measure of the last run's requests, sorted, by kind. */
  private Map<Kind, Latencies> byKind(java.util.function.ToDoubleFunction<Request> measure) {
    Map<Kind, List<Double>> taken = new EnumMap<>(Kind.class);
    measured.forEach(r -> taken.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(measure.applyAsDouble(r)));
    Map<Kind, Latencies> out = new EnumMap<>(Kind.class);
    taken.forEach((kind, list) -> out.put(kind, sorted(kind, list)));
    return out;
  }

  /** The {@code n} slowest requests of the last run, slowest first: where the tail latency goes. */
  public List<Request> slowest(int n) {
    return measured.stream().sorted((a, b) -> Double.compare(b.millis(), a.millis())).limit(n).toList();
  }

  /** Runs one request of {@code kind}; returns what it asked, for the report of slow requests. */
  private String once(Kind kind) throws IOException {
    switch (kind) {
      case SEARCH -> {
        String query = query();
        Filters filters = filters(0.3);
        int offset = random.nextInt(4) == 0 ? 20 : 0;
        boolean byDocument = random.nextBoolean();
        view.search(query, filters, 20, offset, byDocument);
        return "search " + query + describe(filters) + (byDocument ? " --by-document" : "") + (offset > 0 ? " --offset 20" : "");
      }
      case ENTITY -> {
        String id = entity();
        lookup.report(id, id.substring(0, id.indexOf(':')));
        return "entity " + id;
      }
      default -> {
        Filters filters = filters(0.8);
        // what foia contacts does: each contact counted once across releases, rolled up by jurisdiction
        ContactTable.table(view, filters, false, names);
        return "contacts" + describe(filters);
      }
    }
  }

  private static String describe(Filters filters) {
    return filters.state().map(s -> " --state " + s).orElse("") + filters.from().map(d -> " --from " + d).orElse("");
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
