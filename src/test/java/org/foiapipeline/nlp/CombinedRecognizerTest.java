package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedRecognizerTest {
  private final Recognizer recognizer =
      new CombinedRecognizer(GazetteerBuilder.standard(), CombinedRecognizer.NO_MODEL);

  @Test
  void theThreeWaysOfWritingASheriffsOfficeAreEachOneCountyMention() {
    List<Mention> found =
        recognizer.find("Dakota Co. S.O. / Sheriff of Dakota County /\nDAKOTA COUNTY SHERIFF'S OFFICE");
    assertThat(found).extracting(Mention::text).containsExactly("Dakota Co. S.O", "Sheriff of Dakota County",
        "DAKOTA COUNTY SHERIFF'S OFFICE");
    assertThat(found).extracting(Mention::type).containsOnly(EntityType.COUNTY);
  }

  @Test
  void theLongerPatternMentionReplacesTheGazetteerNameInsideIt() {
    List<Mention> found = recognizer.find("ICE and the Jim Wells County Sheriff's Office");
    assertThat(found).extracting(Mention::source).containsExactly("gazetteer", "pattern");
    assertThat(found.get(1).text()).isEqualTo("Jim Wells County Sheriff's Office");
  }

  @Test
  void aModelMentionLosesToAnOverlappingGazetteerNameOfTheSameLength() {
    Recognizer model = text -> List.of(new Mention("Dawes County", EntityType.PLACE, 0, 12, "model"),
        new Mention("John Smith", EntityType.PERSON, 17, 27, "model"));
    List<Mention> found = new CombinedRecognizer(GazetteerBuilder.standard(), model).find("Dawes County and John Smith");
    assertThat(found).containsExactly(new Mention("Dawes County", EntityType.COUNTY, 0, 12, "gazetteer"),
        new Mention("John Smith", EntityType.PERSON, 17, 27, "model"));
  }

  @Test
  void aStateCodeAfterALocalNameIsAStateMention() {
    List<Mention> found = recognizer.find("Dickinson Police Department, ND\nFranklin County Sheriff's Office, PA 17201");
    assertThat(found).extracting(Mention::text)
        .containsExactly("Dickinson Police Department", "ND", "Franklin County Sheriff's Office", "PA");
    assertThat(found).extracting(Mention::type)
        .containsExactly(EntityType.PLACE, EntityType.STATE, EntityType.COUNTY, EntityType.STATE);
  }

  @Test
  void aCapitalisedWordAfterACommaIsNotAState() {
    assertThat(recognizer.find("the Dakota County Sheriff's Office, IN ACCORDANCE with"))
        .extracting(Mention::text)
        .containsExactly("Dakota County Sheriff's Office");
  }

  @Test
  void anAddressGivesItsCityAndState() {
    assertThat(recognizer.find("9290 Oak Street Archuleta, CO 83922")).extracting(m -> m.type() + ":" + m.text())
        .containsExactly("PLACE:Archuleta", "STATE:CO");
  }

  @Test
  void anAcronymThatStartsARequestNumberIsNotAMention() {
    assertThat(recognizer.find("Page 1 of 1 ICE-2021-FOIA-001099\n1 ICE 2017FOIA82464-03584")).isEmpty();
    assertThat(recognizer.find("the ICE 287(g) Program")).extracting(Mention::text).containsExactly("ICE");
  }

  @Test
  void aStateNameThatIsAStreetIsNotAState() {
    assertThat(recognizer.find("resurfacing of Washington Avenue and Texas St.")).isEmpty();
  }

  @Test
  void namesInsideEmailAndWebAddressesAreNotMentions() {
    assertThat(recognizer.find("write to j.cleveland@co.terrell.tx.us or www.dakota-county.gov")).isEmpty();
  }

  @Test
  void aStateThatIsAPartyToACitedCaseIsNotAMention() {
    assertThat(recognizer.find("consistent with Garrity v. New Jersey, 385 U.S. 493")).isEmpty();
    assertThat(recognizer.find("the State of New Jersey")).extracting(Mention::text).containsExactly("New Jersey");
  }

  @Test
  void blankTextHasNoMentions() {
    assertThat(recognizer.find("")).isEmpty();
    assertThat(recognizer.find(" \n\f ")).isEmpty();
  }
}
