package org.foiapipeline.foia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionLabelsTest {
  private final RedactionLabels labels = new RedactionLabels();

  private java.util.List<String> at(String text, String before) {
    int offset = text.indexOf(before) + before.length();
    return labels.codes(text, offset, text.length());
  }

  @Test
  void theLabelRightAfterTheBoxGivesItsCodes() {
    assertThat(at("From: (b)(6), (b)(7)(C)\nSent: today", "From:")).containsExactly("(b)(6)", "(b)(7)(C)");
    assertThat(at("To: b6, b7c\nCc:", "To:")).containsExactly("(b)(6)", "(b)(7)(C)");
  }

  @Test
  void ocrReadingOfTheBoxAndOfTheLabelIsTolerated() {
    assertThat(at("details: es (0)(7)(E)\nIV.", "details:")).containsExactly("(b)(7)(E)");
    assertThat(at("To: (5)(6), ()(7)1O) if", "To:")).containsExactly("(b)(6)", "(b)(7)");
    assertThat(at("Cc: (b(7)(C)\n", "Cc:")).containsExactly("(b)(7)(C)");
    assertThat(at("Cc: 16, b7c\n", "Cc:")).containsExactly("(b)(6)", "(b)(7)(C)");
  }

  @Test
  void aCodeFurtherAlongTheLineOrOnTheNextLineIsNotTheBoxes() {
    assertThat(at("call the office if the (b)(6) is", "call")).isEmpty();
    assertThat(labels.codes("short", 9, 3)).isEmpty();
  }
}
