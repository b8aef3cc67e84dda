package org.foiapipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiapipeline.dedup.ReleaseDiff.Change;
import org.foiapipeline.dedup.ReleaseDiff.Kind;
import org.junit.jupiter.api.Test;

class ReleaseDiffTest {
  final ReleaseDiff diff = new ReleaseDiff();

  @Test
  void wordsTheSecondReleaseHidesAreMarkedAsRedactedInTheSecond() {
    ReleaseDiff.Result r = diff.compare(
        List.of("Please call Officer John Smith at 651-555-0142 today.\nICE-2019-FOIA-000001"),
        List.of("Please call Officer (b)(6), (b)(7)(C) at 651-555-0142 today.\nDHS-002-00077"));
    assertThat(r.changes()).hasSize(1);
    Change c = r.changes().get(0);
    assertThat(c.kind()).isEqualTo(Kind.REDACTED_IN_SECOND);
    assertThat(c.first()).extracting(ReleaseDiff.Token::text).containsExactly("John", "Smith");
    assertThat(c.second()).extracting(ReleaseDiff.Token::shown).containsExactly("\u2588(b)(6), (b)(7)(C)");
  }

  @Test
  void aBoxLabelledWithOtherCodesIsRecodedAndTheSameCodesPrintedOtherwiseAreEqual() {
    ReleaseDiff.Result r = diff.compare(List.of("Name: (b)(6) Phone: b6, b7c"), List.of("Name: (b)(7)(C) Phone: (b)(6);(b)(7)(C)"));
    assertThat(r.changes()).extracting(Change::kind).containsExactly(Kind.RECODED);
  }

  @Test
  void wordsOnlyTheFirstHidesAreRedactedInTheFirstAndPagesAreKept() {
    ReleaseDiff.Result r = diff.compare(List.of("cover", "Sheriff (b)(6) agreed."), List.of("Sheriff Wakefield agreed."));
    assertThat(r.changes()).extracting(Change::kind).containsExactly(Kind.TEXT, Kind.REDACTED_IN_FIRST);
    assertThat(r.changes().get(1).page()).isEqualTo(2);
  }

  @Test
  void identicalReleasesHaveNoChanges() {
    ReleaseDiff.Result r = diff.compare(List.of("same words here", "and here"), List.of("same words here", "and here"));
    assertThat(r.changes()).isEmpty();
    assertThat(r.sameWords()).isEqualTo(5);
  }
}
