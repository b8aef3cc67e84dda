package org.foiapipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiapipeline.eval.Records.doc;

import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {
  static DocumentRecord release(String id, String group) {
    return doc(id, id + ".pdf").build().withDuplicateGroup(group);
  }

  @Test
  void pairsAreScoredAgainstGoldGroupsWhateverTheGroupsAreCalled() {
    List<DocumentRecord> gold = List.of(release("a", "g1"), release("b", "g1"), release("c", "g1"), release("d", null),
        release("e", null));
    // Output joins a and b, misses c, and wrongly pairs d with e.
    List<DocumentRecord> output = List.of(release("a", "x"), release("b", "x"), release("c", null), release("d", "y"),
        release("e", "y"));
    DuplicateScore score = Evaluator.score(gold, output).duplicates();
    assertThat(score.pairs().tp()).isEqualTo(1);
    assertThat(score.pairs().fn()).isEqualTo(2);
    assertThat(score.pairs().fp()).isEqualTo(1);
    assertThat(score.goldGroups()).isEqualTo(1);
    assertThat(score.outputGroups()).isEqualTo(2);
    assertThat(score.misses()).contains("false d.pdf ~ e.pdf", "missed a.pdf ~ c.pdf");
  }

  @Test
  void goldWithoutGroupsScoresNothingAndPrintsNoSection() {
    List<DocumentRecord> gold = List.of(release("a", null), release("b", null));
    EvalReport report = Evaluator.score(gold, gold);
    assertThat(report.duplicates().pairs().support()).isZero();
    assertThat(TextReport.render(report)).doesNotContain("Near-duplicates");
  }
}
