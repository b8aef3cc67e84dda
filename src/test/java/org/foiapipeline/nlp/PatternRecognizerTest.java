package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternRecognizerTest {
  private final Recognizer patterns = new PatternRecognizer(GazetteerBuilder.standard());

  private List<String> texts(String text) {
    return patterns.find(text).stream().map(Mention::text).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dakota County Sheriff's Office",
        "Dakota County Sheriffs Office",
        "DAKOTA COUNTY SHERIFF'S OFFICE",
        "Dakota County Sheriff's Department",
        "Dakota Co. S.O",
        "Dakota Co. Sheriff",
        "Sheriff of Dakota County",
        "Dakota County Jail",
        "Dakota County Detention Center",
        "Dakota County Board of Commissioners",
        "Dakota County Commission",
        "Orleans Parish Sheriff's Office",
      })
  void countyOfficesAreCountyMentions(String office) {
    List<Mention> found = patterns.find("Agreement with the " + office + ", effective today.");
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo(office);
      assertThat(m.type()).isEqualTo(EntityType.COUNTY);
      assertThat(m.source()).isEqualTo("pattern");
    });
  }

  @Test
  void soCountsAsAnOfficeOnlyInCapitals() {
    assertThat(texts("the Dakota County SO")).containsExactly("Dakota County SO");
    assertThat(texts("in Dakota County so that")).isEmpty();
  }

  @Test
  void anOfficeWordAfterASentenceEndIsNotPartOfTheName() {
    assertThat(texts("He lives in Dakota County. Sheriff Smith agreed.")).isEmpty();
  }

  @Test
  void cityPoliceDepartmentsArePlaces() {
    List<Mention> found = patterns.find("between ICE and the Dickinson Police Department, and Candia PD.");
    assertThat(found).extracting(Mention::text).containsExactly("Dickinson Police Department", "Candia PD");
    assertThat(found).extracting(Mention::type).containsOnly(EntityType.PLACE);
  }

  @Test
  void aPoliceDepartmentNameStopsAtStopwordsAndLineBreaks() {
    assertThat(texts("MEMORANDUM OF AGREEMENT\nBETWEEN ICE AND\nDAKOTA CITY POLICE DEPARTMENT"))
        .containsExactly("DAKOTA CITY POLICE DEPARTMENT");
    assertThat(texts("Memorandum of Agreement\nSioux Falls Police Department")).containsExactly("Sioux Falls Police Department");
  }

  @Test
  void cityOfXIsAPlace() {
    assertThat(texts("the City of Dickinson. The Town of Candia agreed.")).containsExactly("City of Dickinson",
        "Town of Candia");
    assertThat(texts("City of Dakota City Police Department")).contains("City of Dakota City Police Department");
  }

  @Test
  void stateAgenciesAreAgencyMentions() {
    List<Mention> found =
        patterns.find("Virginia Department of Corrections; Oklahoma Bureau of Investigation; Texas Office of the"
            + " Attorney General; Georgia Department of Public Safety");
    assertThat(found).extracting(Mention::text).containsExactly("Virginia Department of Corrections",
        "Oklahoma Bureau of Investigation", "Texas Office of the Attorney General",
        "Georgia Department of Public Safety");
    assertThat(found).extracting(Mention::type).containsOnly(EntityType.AGENCY);
  }

  @Test
  void eroFieldOfficesAreAgencyMentions() {
    assertThat(texts("ERO Houston Field Office and ERO San Antonio.")).containsExactly("ERO Houston Field Office",
        "ERO San Antonio");
  }
}
