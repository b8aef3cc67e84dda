package org.foiapipeline.eval;

import java.util.List;
import org.foiapipeline.export.DocumentRecord;

/**
 * Scores pipeline output against gold, both as export records. Gold documents without an output document
 * count as all missed; output documents not in gold are counted but not scored. Never throws on odd
 * records: missing lists are empty sets, missing ids and paths simply do not match.
 */
public final class Evaluator {
  /** How many misses of each kind a report lists by default. */
  public static final int DEFAULT_MISSES = 10;

  private Evaluator() {}

  public static EvalReport score(List<DocumentRecord> gold, List<DocumentRecord> output) {
    return score(gold, output, DEFAULT_MISSES);
  }

  /**
   * @param misses how many misses of each kind to list (0 for none)
   * @throws IllegalArgumentException if {@code misses} is negative
   */
  public static EvalReport score(List<DocumentRecord> gold, List<DocumentRecord> output, int misses) {
    if (misses < 0) {
      throw new IllegalArgumentException("misses must be 0 or more, not " + misses);
    }
    DocumentMatcher matcher = new DocumentMatcher(output);
    List<DocumentPair> pairs = matcher.pair(gold);
    EntityScorer entities = new EntityScorer(misses);
    ContactScorer contacts = new ContactScorer(misses);
    FieldScorer fields = new FieldScorer(misses);
    OcrScorer ocr = new OcrScorer();
    RedactionScorer redactions = new RedactionScorer();
    DuplicateScorer duplicates = new DuplicateScorer(misses);
    UnitDuplicateScorer unitDuplicates = new UnitDuplicateScorer(misses);
    for (DocumentPair pair : pairs) {
      redactions.add(pair);
      duplicates.add(pair);
      unitDuplicates.add(pair);
      entities.add(pair);
      contacts.add(pair);
      fields.add(pair);
      ocr.add(pair);
    }
    return new EvalReport(
        matching(pairs, output.size(), matcher, misses),
        entities.scores(),
        entities.scoresByKind(),
        entities.misses(),
        contacts.score(),
        fields.exemptions(),
        fields.exemptionMisses(),
        fields.bates(),
        fields.batesMisses(),
        ocr.score(),
        fields.dates(),
        fields.dateMisses(),
        redactions.score(),
        duplicates.score(),
        unitDuplicates.score());
  }

  private static Matching matching(List<DocumentPair> pairs, int output, DocumentMatcher matcher, int misses) {
    List<String> unmatched = pairs.stream().filter(p -> !p.matched()).map(DocumentPair::label).toList();
    int matched = pairs.size() - unmatched.size();
    return new Matching(
        pairs.size(),
        output,
        matched,
        matcher.matchedById(),
        matcher.matchedByPath(),
        unmatched.size(),
        output - matched,
        unmatched.subList(0, Math.min(misses, unmatched.size())));
  }
}
