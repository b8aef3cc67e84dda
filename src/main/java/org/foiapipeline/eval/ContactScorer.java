package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;

/**
 * Scores contacts as document-level sets of (agency, jurisdiction) pairs, then, over the pairs both sides
 * have, whether the kind and the date agree. A pair often has several contacts (an inquiry, then an
 * agreement); a pair is kind- or date-correct when any output value is one of the gold values.
 */
final class ContactScorer {
  private static final String NONE = "(none)";

  private final int limit;
  private final Tally pairs;
  private final Map<String, Tally> byKind = new TreeMap<>();
  private final List<String> wrongKinds = new ArrayList<>();
  private final List<String> wrongDates = new ArrayList<>();
  private long matched;
  private long kindCorrect;
  private long dateCorrect;

  ContactScorer(int limit) {
    this.limit = limit;
    this.pairs = new Tally(limit);
  }

  void add(DocumentPair pair) {
    Map<String, PairValues> gold = pairsOf(pair.gold(), pair.gold());
    Map<String, PairValues> output = pair.matched() ? pairsOf(pair.output(), pair.gold()) : Map.of();
    pairs.add(pair.label(), labels(gold), labels(output));
    byKind.computeIfAbsent(pair.kind(), k -> new Tally(0)).add(pair.label(), labels(gold), labels(output));
    for (Map.Entry<String, PairValues> g : gold.entrySet()) {
      PairValues o = output.get(g.getKey());
      if (o != null) {
        compare(pair.label(), g.getValue(), o);
      }
    }
  }

  ContactScore score() {
    Map<String, SetScore> kinds = new LinkedHashMap<>();
    Kinds.ordered(byKind.keySet()).forEach(k -> kinds.put(k, byKind.get(k).score()));
    return new ContactScore(
        pairs.score(),
        kinds,
        Accuracy.of(kindCorrect, matched),
        Accuracy.of(dateCorrect, matched),
        pairs.misses(),
        wrongKinds,
        wrongDates);
  }

  private void compare(String document, PairValues gold, PairValues output) {
    matched++;
    if (intersects(gold.kinds, output.kinds)) {
      kindCorrect++;
    } else if (wrongKinds.size() < limit) {
      wrongKinds.add(document + ": " + gold.label + ": kind " + output.kinds + ", gold " + gold.kinds);
    }
    if (intersects(gold.dates, output.dates)) {
      dateCorrect++;
    } else if (wrongDates.size() < limit) {
      wrongDates.add(document + ": " + gold.label + ": date " + output.dates + ", gold " + gold.dates);
    }
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  private static Map<String, String> labels(Map<String, PairValues> pairs) {
    Map<String, String> labels = new HashMap<>();
    pairs.forEach((key, values) -> labels.put(key, values.label));
    return labels;
  }

  /** The document's contacts grouped by pair; names for labels come from the gold document's entities. */
  private static Map<String, PairValues> pairsOf(DocumentRecord record, DocumentRecord names) {
    Map<String, PairValues> pairs = new TreeMap<>();
    if (record.contacts() == null) {
      return pairs;
    }
    for (ContactRecord contact : record.contacts()) {
      String agency = trim(contact.agency());
      String jurisdiction = trim(contact.jurisdiction());
      String key = agency + " ↔ " + jurisdiction;
      PairValues values =
          pairs.computeIfAbsent(key, k -> new PairValues(k + nameOf(names, jurisdiction, record)));
      values.kinds.add(contact.kind() == null ? NONE : contact.kind().trim().toLowerCase(Locale.ROOT));
      values.dates.add(contact.date() == null || contact.date().isBlank() ? NONE : contact.date().trim());
    }
    return pairs;
  }

  private static String nameOf(DocumentRecord gold, String id, DocumentRecord fallback) {
    for (DocumentRecord record : List.of(gold, fallback)) {
      if (record.entities() != null) {
        for (DocumentRecord.EntityRecord entity : record.entities()) {
          if (id.equals(trim(entity.id())) && entity.name() != null) {
            return " (" + entity.name() + ")";
          }
        }
      }
    }
    return "";
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }

  /** The kinds and dates one side has for one pair. */
  private static final class PairValues {
    final String label;
    final Set<String> kinds = new TreeSet<>();
    final Set<String> dates = new TreeSet<>();

    PairValues(String label) {
      this.label = label;
    }
  }
}
