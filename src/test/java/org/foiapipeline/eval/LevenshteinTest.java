package org.foiapipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LevenshteinTest {

  @Test
  void knownDistances() {
    assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Levenshtein.distance("sitting", "kitten")).isEqualTo(3);
    assertThat(Levenshtein.distance("flaw", "lawn")).isEqualTo(2);
    assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
    assertThat(Levenshtein.distance("abc", "")).isEqualTo(3);
    assertThat(Levenshtein.distance("", "")).isZero();
    assertThat(Levenshtein.distance("same", "same")).isZero();
  }

  @Test
  void agreesWithTheQuadraticDefinitionAcrossBlockBoundaries() {
    Random random = new Random(42);
    for (int trial = 0; trial < 300; trial++) {
      String a = randomText(random, random.nextInt(200));
      String b = mutate(random, a);
      assertThat(Levenshtein.distance(a, b)).as("%s / %s", a, b).isEqualTo(quadratic(a, b));
    }
  }

  @Test
  void agreesWithTheQuadraticDefinitionInsideAndBeyondTheFirstBand() {
    Random random = new Random(3);
    for (int trial = 0; trial < 40; trial++) {
      String a = randomText(random, 300 + random.nextInt(1500));
      String b = trial % 4 == 0 ? randomText(random, random.nextInt(1500)) : mutate(random, a);
      assertThat(Levenshtein.distance(a, b)).as("trial %d", trial).isEqualTo(quadratic(a, b));
    }
  }

  @Test
  void shiftedTextNeedsAWiderBand() {
    String text = "abcdefghij".repeat(80);
    String shifted = "x".repeat(300) + text.substring(0, 500);

    assertThat(Levenshtein.distance(text, shifted)).isEqualTo(quadratic(text, shifted));
  }

  @Test
  void countsCodePointsNotCharUnits() {
    assertThat(Levenshtein.distance("a\uD83D\uDE00b", "ab")).isEqualTo(1);
  }

  @Test
  void scoresAThousandOcrLikePagesOfThreeThousandCharactersInSeconds() {
    Random random = new Random(7);
    String gold = randomText(random, 3000);
    StringBuilder ocr = new StringBuilder(gold);
    for (int i = 0; i < 60; i++) {
      ocr.setCharAt(random.nextInt(ocr.length()), 'y');
    }
    long start = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      Levenshtein.distance(gold, ocr.toString());
    }
    // About 1 s measured on a busy 2-core machine (load 10); the bound leaves room for a busier one.
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append("abcde fghij".charAt(random.nextInt(11)));
    }
    return text.toString();
  }

  private static String mutate(Random random, String text) {
    StringBuilder out = new StringBuilder(text);
    int edits = random.nextInt(1 + text.length() / 5 + 3);
    for (int i = 0; i < edits; i++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, 'x');
        case 1 -> {
          if (out.length() > 0) {
            out.deleteCharAt(at);
          }
        }
        default -> {
          if (out.length() > 0) {
            out.setCharAt(at, 'y');
          }
        }
      }
    }
    return out.toString();
  }

  private static int quadratic(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
