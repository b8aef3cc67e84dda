package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMarksTest {
  static List<String> marked(String text, List<TextMarks.Span> spans) {
    return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void phrasesMatchAcrossLineBreaksAndPunctuationCaseInsensitively() {
    String text = "Sheriff of DAKOTA\ncounty; dakota-county office";
    assertThat(marked(text, TextMarks.hits(text, "\"dakota county\""))).containsExactly("DAKOTA\ncounty", "dakota-county");
  }

  @Test
  void wholeWordsOnlyAndWildcardsExtendWords() {
    String text = "ICE and the police; Sheriffs and a sheriff.";
    assertThat(marked(text, TextMarks.hits(text, "ice"))).containsExactly("ICE");
    assertThat(marked(text, TextMarks.hits(text, "sheriff*"))).containsExactly("Sheriffs", "sheriff");
  }

  @Test
  void operatorsFieldsBoostsAndNegatedTermsAreNotMarked() {
    String text = "jail training with ICE, not detainers";
    assertThat(marked(text, TextMarks.hits(text, "(jail OR text:training^2) AND NOT detainers -ice"))).containsExactly("jail", "training");
    assertThat(TextMarks.hits(text, "")).isEmpty();
    assertThat(TextMarks.hits(text, "AND OR")).isEmpty();
  }

  @Test
  void aTermWithParenthesesIsMarkedWhole() {
    String text = "a 287(g) agreement";
    assertThat(marked(text, TextMarks.hits(text, "287\\(g\\)"))).containsExactly("287(g)");
  }

  @Test
  void exemptionCodesAreFoundAsPrintedWithSpaces() {
    String text = "withheld (b)(6), (b) (7)(C) and B6; not (a)(6)";
    assertThat(marked(text, TextMarks.exemptions(text, List.of("(b)(6)")))).containsExactly("(b)(6)", "B6");
    assertThat(marked(text, TextMarks.exemptions(text, List.of("(b)(7)(C)")))).containsExactly("(b) (7)(C)");
  }

  @Test
  void batesNumbersAreFoundLiterally() {
    String text = "page ICE-2019-000123 of 9";
    List<TextMarks.Span> spans = TextMarks.bates(text, List.of("ICE-2019-000123"));
    assertThat(marked(text, spans)).containsExactly("ICE-2019-000123");
    assertThat(spans.get(0).kind()).isEqualTo("bates");
  }
}
