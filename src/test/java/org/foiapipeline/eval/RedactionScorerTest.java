package org.foiapipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.RedactionRecord;
import org.junit.jupiter.api.Test;

class RedactionScorerTest {
  private static DocumentRecord record(List<String> kinds, List<RedactionRecord> boxes) {
    return new DocumentRecord("x", "x.pdf", kinds.size(), "ok", 0, null, List.of(), List.of(), List.of(), List.of(),
        null, null, kinds, null, boxes);
  }

  @Test
  void aShiftedBoxPlacedWithItsCodesCountsAsATokenWithCodes() {
    RedactionRecord gold = new RedactionRecord(1, 0.15, 0.134, 0.14, 0.013, List.of("(b)(6)"), null);
    RedactionRecord placed = new RedactionRecord(1, 0.133, 0.142, 0.14, 0.010, List.of("(b)(6)"), 87);
    RedactionRecord unplaced = new RedactionRecord(2, 0.5, 0.5, 0.1, 0.01, List.of(), null);
    RedactionRecord spurious = new RedactionRecord(2, 0.1, 0.9, 0.1, 0.01, List.of(), 3);
    RedactionRecord gold2 = new RedactionRecord(2, 0.5, 0.5, 0.1, 0.01, List.of("(b)(7)(C)"), null);
    RedactionScorer scorer = new RedactionScorer();
    scorer.add(new DocumentPair(record(List.of("scanned", "digital"), List.of(gold, gold2)),
        record(List.of("scanned", "digital"), List.of(placed, unplaced, spurious)), "mixed"));
    RedactionScore score = scorer.score();
    assertThat(score.byPageKind().get("scanned")).isEqualTo(new RedactionScore.Counts(1, 1, 1, 1, 1, 0));
    assertThat(score.byPageKind().get("digital")).isEqualTo(new RedactionScore.Counts(1, 1, 0, 0, 2, 1));
    assertThat(score.byPageKind().get("all").tokenRecall()).isEqualTo(0.5);
  }

  @Test
  void goldWithoutRedactionsIsNotScored() {
    RedactionScorer scorer = new RedactionScorer();
    scorer.add(new DocumentPair(record(List.of("digital"), null), record(List.of("digital"), List.of()), "digital"));
    assertThat(scorer.score().byPageKind()).isEmpty();
  }
}
