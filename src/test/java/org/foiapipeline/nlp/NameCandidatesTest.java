package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameCandidatesTest {
  private static List<String> windows(String text, List<Mention> known) {
    return NameCandidates.windows(text, new Span(0, text.length()), known).stream()
        .map(s -> s.getCoveredText(text).toString())
        .toList();
  }

  @Test
  void aNameIsGivenToTheFinderWithTwoWordsEitherSide() {
    assertThat(windows("we were told today that Larry Smith of the county jail had called", List.of()))
        .containsExactly("today that Larry Smith of the");
  }

  @Test
  void pairsOfWordsNoNameIsMadeOfAreSkipped() {
    assertThat(windows("Sent: 3/4/2017 10:15 PM To: the list. Dear Sheriff, the Office Director wrote.", List.of()))
        .isEmpty();
    assertThat(windows("MEMORANDUM OF AGREEMENT", List.of())).isEmpty();
  }

  @Test
  void aTitleBeforeANameDoesNotHideTheName() {
    // "Dear Sheriff" is skipped; the search goes on from "Sheriff", so "Sheriff Castellanos" is tried
    assertThat(windows("Dear Sheriff Castellanos: this letter", List.of()))
        .containsExactly("Dear Sheriff Castellanos: this");
  }

  @Test
  void aPairAMentionAlreadyCoversIsSkipped() {
    String text = "a letter to Dakota County about it";
    Mention county = new Mention("Dakota County", EntityType.COUNTY, 12, 25, "gazetteer");
    assertThat(windows(text, List.of(county))).isEmpty();
    assertThat(windows(text, List.of())).containsExactly("letter to Dakota County about it");
  }

  @Test
  void overlappingStretchesAreJoinedAndCutAtTheSentence() {
    String text = "Intro. Present were Ann Lee and Tom Baker at noon. Next sentence here.";
    Span sentence = new Span(7, 50);
    assertThat(NameCandidates.windows(text, sentence, List.of()))
        .extracting(s -> s.getCoveredText(text).toString())
        .containsExactly("Present were Ann Lee and Tom Baker at noon.");
  }
}
