package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlapFilterTest {
  private final OverlapFilter filter = new OverlapFilter();

  @Test
  void aGlyphDrawnAgainWithinTheToleranceRepeats() {
    assertThat(filter.repeats("M", 100f, 700f, 2f)).isFalse();
    assertThat(filter.repeats("M", 100.4f, 700.3f, 2f)).isTrue();
  }

  @Test
  void anotherCharacterOrAGlyphFurtherAwayDoesNot() {
    assertThat(filter.repeats("l", 100f, 700f, 1f)).isFalse();
    assertThat(filter.repeats("l", 102.5f, 700f, 1f)).isFalse(); // "ll": the next letter
    assertThat(filter.repeats("i", 100.2f, 700f, 1f)).isFalse();
    assertThat(filter.repeats("l", 100f, 712f, 1f)).isFalse(); // the line below
  }

  @Test
  void aRepeatAcrossAGridCellBoundaryIsFound() {
    assertThat(filter.repeats("a", 3.9f, 7.9f, 1f)).isFalse();
    assertThat(filter.repeats("a", 4.3f, 8.2f, 1f)).isTrue();
  }

  @Test
  void aGiantGlyphWithAWideToleranceIsStillChecked() {
    assertThat(filter.repeats("W", 200f, 300f, 30f)).isFalse();
    assertThat(filter.repeats("W", 220f, 290f, 30f)).isTrue();
    assertThat(filter.repeats("W", 260f, 300f, 30f)).isFalse();
  }

  @Test
  void aNewPageForgetsTheLastOne() {
    filter.repeats("x", 50f, 50f, 1f);
    filter.clear();
    assertThat(filter.repeats("x", 50f, 50f, 1f)).isFalse();
  }
}
