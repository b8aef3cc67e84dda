package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrToleranceTest {
  private final Gazetteer gazetteer = GazetteerBuilder.standard();
  private final Recognizer recognizer = new CombinedRecognizer(gazetteer, CombinedRecognizer.NO_MODEL);

  private List<String> ids(String text) {
    return gazetteer.hits(TextTokens.tokenize(text)).stream().flatMap(h -> h.entry().ids().stream()).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lmmigration and Custorns Enforcernent|agency:ice",
        "Imrnigration and Customs Enforcement|agency:ice",
        "H0MELAND SECURITY INVESTIGATI0NS|agency:ice",
        "1CE|agency:ice",
        "Homeland 5ecurity lnvestigations|agency:ice",
        "Galveston C0unty|county:48167",
        "Ga1veston County|county:48167",
        "Dawes Countv|county:31045",
      })
  void commonOcrConfusionsStillMatch(String text, String id) {
    assertThat(ids(text)).containsExactly(id);
  }

  @Test
  void aWordHyphenatedAcrossLinesIsJoined() {
    assertThat(ids("the Galves-\nton County jail")).containsExactly("county:48167");
    assertThat(TextTokens.tokenize("Galves-\n  ton").get(0).key()).isEqualTo("galveston");
  }

  @Test
  void anOrdinaryHyphenIsNotJoined() {
    assertThat(ids("Miami-Dade County")).containsExactly("county:12086");
    assertThat(TextTokens.tokenize("well-known")).hasSize(2);
  }

  @Test
  void aNameBrokenAcrossLinesMatches() {
    assertThat(ids("between ICE and the Jim\nWells County Sheriff")).containsExactly("agency:ice", "county:48249");
  }

  @Test
  void aFunctionWordGluedToANameIsSplitOff() {
    assertThat(ids("agreement with theGrayson Co. Sheriffs Office")).containsExactly("county:21085", "county:48181",
        "county:51077");
    assertThat(TextTokens.tokenize("theGrayson McDowell")).extracting(Token::raw)
        .containsExactly("the", "Grayson", "McDowell");
  }

  @Test
  void oneEditIsAllowedInAWordOfSixLetters() {
    assertThat(ids("Galvestn County")).containsExactly("county:48167");
    assertThat(ids("Tarrnat County")).isEmpty();
  }

  @Test
  void twoEditsAreAllowedInAWordOfTenLetters() {
    assertThat(ids("Stanislaas County")).containsExactly("county:06099");
    assertThat(ids("Pottawatomxe Countv")).isEmpty();
    assertThat(ids("Pottawattamxx County")).containsExactly("county:19155");
  }

  @Test
  void shortNamesGetNoEditDistance() {
    assertThat(ids("Knex County")).isEmpty();
  }

  @Test
  void aRealNameIsNeverBentIntoAnother() {
    assertThat(ids("Benton County")).doesNotContain("county:48121");
    assertThat(ids("Denton County")).containsExactly("county:48121");
  }

  @Test
  void ordinaryWordsAreNotMistakenForNames() {
    String prose =
        "The nation and its country towns count on the council. Section 287(g) lets the sheriff's deputies act;"
            + " the county commission meets at the station. Benefit, mention, detention, position and location"
            + " are ordinary words, as are immigration and enforcement, washing, dakota-style and texting.";
    assertThat(recognizer.find(prose)).isEmpty();
  }

  @Test
  void fuzzyMatchingNeedsTheRestOfTheNameExactly() {
    assertThat(ids("Galvestn Countv")).isEmpty();
    assertThat(ids("Galvestn said")).isEmpty();
  }
}
