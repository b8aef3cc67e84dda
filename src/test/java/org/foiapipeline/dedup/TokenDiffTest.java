package org.foiapipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.dedup.TokenDiff.Op;
import org.foiapipeline.dedup.TokenDiff.Run;
import org.junit.jupiter.api.Test;

class TokenDiffTest {
  @Test
  void theShortestEditScriptKeepsTheLongestCommonSubsequence() {
    List<String> a = List.of("a", "b", "c", "a", "b", "b", "a");
    List<String> b = List.of("c", "b", "a", "b", "a", "c");
    List<Run> runs = TokenDiff.diff(a, b);
    int same = runs.stream().filter(r -> r.op() == Op.SAME).mapToInt(r -> r.aTo() - r.aFrom()).sum();
    assertThat(same).isEqualTo(4);
    assertThat(rebuild(runs, a, b, true)).isEqualTo(a);
    assertThat(rebuild(runs, a, b, false)).isEqualTo(b);
  }

  @Test
  void tooManyDifferencesEndInOneReplacedMiddleNotInEndlessWork() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      a.add("a" + i);
      b.add("b" + i);
    }
    List<Run> runs = TokenDiff.diff(a, b);
    assertThat(runs).extracting(Run::op).containsExactly(Op.REMOVED, Op.ADDED);
  }

  private static List<String> rebuild(List<Run> runs, List<String> a, List<String> b, boolean first) {
    List<String> out = new ArrayList<>();
    for (Run r : runs) {
      if (r.op() == Op.SAME || (first ? r.op() == Op.REMOVED : r.op() == Op.ADDED)) {
        out.addAll(first ? a.subList(r.aFrom(), r.aTo()) : b.subList(r.bFrom(), r.bTo()));
      }
    }
    return out;
  }
}
