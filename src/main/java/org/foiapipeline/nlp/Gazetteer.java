package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A token trie of names (counties, states, federal agencies) matched leftmost-longest over page text.
 * Matching is case-insensitive, ignores whitespace, line breaks and punctuation between words, reads the usual
 * OCR confusions alike (via {@link TextTokens#fold}), and lets one long word of a multi-word name differ by a
 * small edit distance ({@link EditDistance#allowed}); a word that is itself a name is never bent into another
 * ("Benton" never becomes "Denton"). Immutable and thread-safe once built; build with {@link
 * GazetteerBuilder}.
 */
public final class Gazetteer implements Recognizer {
  /** Ordinary words one edit away from a name word that OCR tolerance must leave alone. */
  private static final Set<String> NEVER_FUZZY = Set.of("country", "counties", "parishes", "boroughs");

  /**
   * The words after a county name ("Galvestn County"); only before one of them is a first word looked up
   * fuzzily, which keeps the lookup off most words of a page.
   */
  private static final Set<String> KIND_WORDS =
      Set.of("county", "co", "cnty", "cty", "parish", "borough", "census", "city", "municipality").stream()
          .map(TextTokens::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Node root = new Node();
  private final Map<String, Set<String>> rootDeletions = new HashMap<>();

  static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    GazetteerEntry entry;
  }

  Gazetteer() {}

  /** Adds a name (package-private: only the builder grows a gazetteer, before it is shared). */
  void add(List<String> keys, GazetteerEntry entry) {
    Node node = root;
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (i == 0 && !root.children.containsKey(key) && EditDistance.allowed(key.length()) > 0) {
        int depth = EditDistance.allowed(key.length());
        for (String d : EditDistance.deletions(key, depth)) {
          rootDeletions.computeIfAbsent(d, k -> new HashSet<>(2)).add(key);
        }
      }
      node = node.children.computeIfAbsent(key, k -> new Node());
    }
    node.entry = merge(node.entry, entry);
  }

  private static GazetteerEntry merge(GazetteerEntry old, GazetteerEntry add) {
    if (old == null) {
      return add;
    }
    if (old.type() != add.type()) {
      return old;
    }
    List<String> ids = new ArrayList<>(old.ids());
    add.ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return new GazetteerEntry(old.type(), ids, old.acronym() && add.acronym());
  }

  @Override
  public List<Mention> find(String pageText) {
    List<Mention> mentions = new ArrayList<>();
    for (GazetteerHit hit : hits(TextTokens.tokenize(pageText))) {
      mentions.add(
          new Mention(
              pageText.substring(hit.start(), hit.end()), hit.entry().type(), hit.start(), hit.end(), "gazetteer"));
    }
    return mentions;
  }

  /** Leftmost-longest, non-overlapping names in the tokens. */
  public List<GazetteerHit> hits(List<Token> tokens) {
    List<GazetteerHit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      GazetteerHit hit = longestAt(tokens, i);
      if (hit == null) {
        i++;
      } else {
        hits.add(hit);
        i = hit.to();
      }
    }
    return hits;
  }

  /** The entry when the whole phrase is one name (used for user-typed lookups), else null. */
  public GazetteerEntry wholeMatch(String phrase) {
    List<Token> tokens = TextTokens.tokenize(phrase);
    GazetteerHit hit = tokens.isEmpty() ? null : longestAt(tokens, 0);
    return hit != null && hit.to() == tokens.size() ? hit.entry() : null;
  }

  /** The longest name starting at token {@code from}, or null. */
  public GazetteerHit longestAt(List<Token> tokens, int from) {
    Node node = root;
    boolean fuzzy = false;
    GazetteerHit best = null;
    for (int j = from; j < tokens.size(); j++) {
      if (j > from && tokens.get(j).stopBefore()) {
        break;
      }
      String key = tokens.get(j).key();
      Node child = node.children.get(key);
      if (child == null && !fuzzy) {
        child = fuzzyChild(node, key, j + 1 < tokens.size() ? tokens.get(j + 1).key() : null);
        fuzzy = child != null;
      }
      if (child == null) {
        break;
      }
      node = child;
      if (node.entry != null && accepts(node.entry, tokens, from, j + 1, fuzzy)) {
        Token first = tokens.get(from);
        best = new GazetteerHit(from, j + 1, first.start(), tokens.get(j).end(), node.entry, fuzzy);
      }
    }
    return best;
  }

  private static boolean accepts(GazetteerEntry entry, List<Token> tokens, int from, int to, boolean fuzzy) {
    if (fuzzy && to - from < 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (k > from && t.commaBefore() && entry.type() == EntityType.COUNTY) {
        return false; // "Archuleta, CO 83922" is an address, not "Archuleta Co."
      }
      if (entry.acronym() && !t.allCaps()) {
        return false;
      }
      if (entry.type() == EntityType.STATE && k == from && !t.capitalized()) {
        return false;
      }
    }
    return true;
  }

  /** A child whose word is within the allowed edit distance of {@code key}, when exactly one is. */
  private Node fuzzyChild(Node node, String key, String nextKey) {
    if (EditDistance.allowed(key.length()) == 0 || NEVER_FUZZY.contains(key)) {
      return null;
    }
    Set<String> candidates;
    if (node == root) {
      if (nextKey == null || !KIND_WORDS.contains(nextKey) || rootDeletions.isEmpty()) {
        return null;
      }
      candidates = new HashSet<>();
      for (String d : EditDistance.deletions(key, EditDistance.allowed(key.length()))) {
        candidates.addAll(rootDeletions.getOrDefault(d, Set.of()));
      }
    } else {
      candidates = node.children.keySet();
    }
    return unique(node, key, candidates);
  }

  private static Node unique(Node node, String key, Set<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : candidates) {
      int limit = EditDistance.allowed(Math.min(candidate.length(), key.length()));
      int d = limit == 0 ? 1 : EditDistance.distance(key, candidate, limit);
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tie = false;
      } else if (d <= limit && d == bestDistance) {
        tie = true;
      }
    }
    return best == null || tie ? null : node.children.get(best);
  }
}
