package org.foiapipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.junit.jupiter.api.Test;

class UnitDuplicateScorerTest {
  static DocumentRecord file(String id, int pages, String group, LogicalRecord... logical) {
    DocumentRecord r = new DocumentRecord(id, id + ".pdf", pages, "ok", 0, null, List.of(), List.of(), List.of(),
        List.of(), null, null, java.util.Collections.nCopies(pages, "digital"), null);
    return r.withDuplicateGroup(group).withLogicalDocuments(logical.length == 0 ? null : List.of(logical));
  }

  static LogicalRecord part(int start, int end, String group) {
    return new LogicalRecord(start, end, "letter", null, null, null, null, group);
  }

  @Test
  void aLetterAndItsPagesInsideAMergedReleaseAreAPairOfUnitsNotOfFiles() {
    List<DocumentRecord> gold = List.of(file("letter", 1, "g-letter"),
        file("release", 5, null, part(1, 2, "g-memo"), part(3, 3, "g-letter"), part(4, 5, null)));
    // Output cut the release at other pages, but the letter's page is still in its own unit, grouped with the letter.
    List<DocumentRecord> output = List.of(file("letter", 1, "release:3-3"),
        file("release", 5, null, part(1, 2, null), part(3, 3, "release:3-3"), part(4, 5, null)));
    EvalReport report = Evaluator.score(gold, output);
    assertThat(report.unitDuplicates().pairs().tp()).isEqualTo(1);
    assertThat(report.unitDuplicates().pairs().fp()).isZero();
    assertThat(report.unitDuplicates().pairs().fn()).isZero();
    assertThat(report.duplicates().pairs().support()).as("no two files are one document").isZero();
    assertThat(TextReport.render(report)).contains("Near-duplicates by unit");
  }

  @Test
  void twoLogicalDocumentsTheOutputDidNotSplitAreOneUnitAndAFalsePairWhenGrouped() {
    List<DocumentRecord> gold = List.of(file("letter", 1, "g-letter"),
        file("release", 3, null, part(1, 2, "g-memo"), part(3, 3, "g-letter")));
    List<DocumentRecord> output = List.of(file("letter", 1, "release"), file("release", 3, "release"));
    DuplicateScore score = Evaluator.score(gold, output).unitDuplicates();
    assertThat(score.pairs().tp()).isEqualTo(1);
    assertThat(score.pairs().fp()).isEqualTo(2);
    assertThat(score.misses()).anySatisfy(m -> assertThat(m).startsWith("false"));
  }
}
