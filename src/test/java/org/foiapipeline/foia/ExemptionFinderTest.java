package org.foiapipeline.foia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExemptionFinderTest {
  private final ExemptionFinder finder = new ExemptionFinder();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(b)(6)|(b)(6)",
        "(b) (6)|(b)(6)",
        "( b )( 6 )|(b)(6)",
        "(b)(5)|(b)(5)",
        "(b)(7)(C)|(b)(7)(C)",
        "(b)(7)(c)|(b)(7)(C)",
        "(b)(7)(E)|(b)(7)(E)",
        "(b) (7) (E)|(b)(7)(E)",
        "b6|(b)(6)",
        "b7c|(b)(7)(C)",
        "b7(E)|(b)(7)(E)",
        "(b)(l)|(b)(1)",
        "[b](6)|(b)(6)",
        "(b)(7)(C) (b)(6)(C)|(b)(7)(C)",
        "Office: EE ()(6)|(b)(6)",
        "ME (0)(7)(C)|(b)(7)(C)",
        "(h)(5)|(b)(5)"
      })
  void normalisesEachWrittenForm(String text, String code) {
    assertThat(finder.find(text)).first().isEqualTo(code);
  }

  @Test
  void listsDistinctCodesInOrderOfFirstAppearance() {
    String text = "[REDACTED] (b)(6);(b)(7)(C)\nJohn (b)(6), (b)(7)(C) and b7e; later (b)(5)";
    assertThat(finder.find(text)).containsExactly("(b)(6)", "(b)(7)(C)", "(b)(7)(E)", "(b)(5)");
  }

  @Test
  void ignoresWordsAndSectionNumbersThatOnlyLookAlike() {
    assertThat(finder.find("section 287(g)(1) of web6 and Lab6 and b12 and a (c)(6) and list (0)(1)")).isEmpty();
  }
}
