package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {
  @Test
  void agreesWithAHashSetThroughGrowthAndRepeats() {
    LongSet set = new LongSet();
    Set<Long> reference = new HashSet<>();
    Random random = new Random(3);
    for (int i = 0; i < 50_000; i++) {
      long v = random.nextInt(20_000) == 0 ? 0 : ((long) random.nextInt(3000) << 32) | random.nextInt(40_000);
      assertThat(set.add(v)).isEqualTo(reference.add(v));
    }
    assertThat(set.size()).isEqualTo(reference.size());
  }
}
