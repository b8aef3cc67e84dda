package org.foiapipeline.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;

/**
 * Entity precision/recall/F1 per type over document-level sets of entity ids, overall and per document
 * scan kind, with the first misses of each type. The key {@value #ALL} pools every type.
 */
final class EntityScorer {
  static final String ALL = "all";
  static final List<String> TYPES = List.of("agency", "county", "place", "state", "person");

  private final int limit;
  private final Map<String, Tally> overall = new TreeMap<>();
  private final Map<String, Map<String, Tally>> byKind = new TreeMap<>();

  EntityScorer(int limit) {
    this.limit = limit;
  }

  void add(DocumentPair pair) {
    Map<String, Map<String, String>> gold = byType(pair.gold());
    Map<String, Map<String, String>> output = pair.matched() ? byType(pair.output()) : Map.of();
    Map<String, Tally> kindTallies = byKind.computeIfAbsent(pair.kind(), k -> new TreeMap<>());
    for (String type : union(gold.keySet(), output.keySet())) {
      Map<String, String> g = gold.getOrDefault(type, Map.of());
      Map<String, String> o = output.getOrDefault(type, Map.of());
      for (String key : List.of(type, ALL)) {
        overall.computeIfAbsent(key, k -> new Tally(limit)).add(pair.label(), g, o);
        kindTallies.computeIfAbsent(key, k -> new Tally(0)).add(pair.label(), g, o);
      }
    }
  }

  /** Scores per type: the five known types always, then any other type seen, then {@value #ALL}. */
  Map<String, SetScore> scores() {
    return scoresOf(overall);
  }

  Map<String, Map<String, SetScore>> scoresByKind() {
    Map<String, Map<String, SetScore>> scores = new LinkedHashMap<>();
    for (String kind : Kinds.ordered(byKind.keySet())) {
      scores.put(kind, scoresOf(byKind.get(kind)));
    }
    return Collections.unmodifiableMap(scores);
  }

  Map<String, Misses> misses() {
    Map<String, Misses> misses = new LinkedHashMap<>();
    for (String type : typesOf(overall)) {
      misses.put(type, overall.containsKey(type) ? overall.get(type).misses() : new Misses(List.of(), List.of()));
    }
    return Collections.unmodifiableMap(misses);
  }

  private static Map<String, SetScore> scoresOf(Map<String, Tally> tallies) {
    Map<String, SetScore> scores = new LinkedHashMap<>();
    for (String type : typesOf(tallies)) {
      scores.put(type, tallies.containsKey(type) ? tallies.get(type).score() : SetScore.of(0, 0, 0));
    }
    scores.put(ALL, tallies.containsKey(ALL) ? tallies.get(ALL).score() : SetScore.of(0, 0, 0));
    return Collections.unmodifiableMap(scores);
  }

  private static List<String> typesOf(Map<String, Tally> tallies) {
    Set<String> types = new LinkedHashSet<>(TYPES);
    tallies.keySet().stream().filter(t -> !t.equals(ALL)).forEach(types::add);
    return List.copyOf(types);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /** type → (entity id → {@code id (name)}). */
  private static Map<String, Map<String, String>> byType(DocumentRecord record) {
    Map<String, Map<String, String>> types = new TreeMap<>();
    if (record.entities() == null) {
      return types;
    }
    for (EntityRecord entity : record.entities()) {
      if (entity.id() == null || entity.id().isBlank()) {
        continue;
      }
      String id = entity.id().trim();
      String label = entity.name() == null ? id : id + " (" + entity.name() + ")";
      types.computeIfAbsent(typeOf(entity, id), k -> new TreeMap<>()).putIfAbsent(id, label);
    }
    return types;
  }

  // The id's prefix names the type when a record leaves the type out (county:48249 → county).
  private static String typeOf(EntityRecord entity, String id) {
    if (entity.type() != null && !entity.type().isBlank()) {
      return entity.type().trim().toLowerCase(Locale.ROOT);
    }
    int colon = id.indexOf(':');
    return colon > 0 ? id.substring(0, colon).toLowerCase(Locale.ROOT) : "unknown";
  }
}
