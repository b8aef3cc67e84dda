package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrChoiceTest {
  private static final String OLD = "Sheriff of Dakota Cuonty wrote to ICE on May 4 2019";

  private static OcrResult reading(String text, double confidence) {
    return new OcrResult(text, confidence, "", false);
  }

  @Test
  void moreConfidentReadingWithTheSameTextReplacesTheOld() {
    assertThat(OcrChoice.better(reading("Sheriff of Dakota County wrote to ICE on May 4 2019", 88), 61, OLD)).isTrue();
  }

  @Test
  void gainBelowOnePointKeepsTheOldReading() {
    assertThat(OcrChoice.better(reading("Sheriff of Dakota County wrote to ICE on May 4 2019", 61.5), 61, OLD)).isFalse();
  }

  @Test
  void lessConfidentReadingKeepsTheOld() {
    assertThat(OcrChoice.better(reading("Sheriff of Dakota County wrote to ICE on May 4 2019", 55), 61, OLD)).isFalse();
  }

  @Test
  void confidentReadingThatLostMostOfThePageKeepsTheOld() {
    assertThat(OcrChoice.better(reading("Sheriff of Dakota", 95), 61, OLD)).isFalse();
  }

  @Test
  void failedOrEmptyReadingNeverWins() {
    assertThat(OcrChoice.better(OcrResult.timeout(), 20, OLD)).isFalse();
    assertThat(OcrChoice.better(reading("  . ", 90), 20, OLD)).isFalse();
  }

  @Test
  void anyReadingBeatsAPageWithoutText() {
    assertThat(OcrChoice.better(reading("Dakota County", 30), -1, "")).isTrue();
  }
}
