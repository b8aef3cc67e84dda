package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private final Gazetteer gazetteer = GazetteerBuilder.standard();

  private List<String> ids(String text) {
    return gazetteer.hits(TextTokens.tokenize(text)).stream().flatMap(h -> h.entry().ids().stream()).toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the Dawes County board|county:31045",
        "DAWES COUNTY|county:31045",
        "Dawes Co. deputies|county:31045",
        "the County of Dawes|county:31045",
        "Jim Wells County|county:48249",
        "Orleans Parish|county:22071",
        "Parish of Orleans|county:22071",
        "Matanuska-Susitna Borough|county:02170",
        "Bethel Census Area|county:02050",
        "Anchorage Municipality|county:02020",
        "Juneau City and Borough|county:02110",
        "Richmond city|county:51760",
        "Baltimore City|county:24510",
        "St. Louis city|county:29510",
        "Saint Louis City|county:29510",
        "Carson City|county:32510",
        "Miami-Dade County|county:12086",
        "Miami Dade County|county:12086",
        "La Paz County|county:04012",
        "Philadelphia County|county:42101",
      })
  void countiesAndCountyEquivalentsAreFound(String text, String id) {
    assertThat(ids(text)).containsExactly(id);
  }

  @Test
  void aSharedCountyNameCarriesEveryCandidate() {
    assertThat(ids("Washington County")).hasSizeGreaterThan(25).contains("county:31177", "county:48477");
  }

  @Test
  void dakotaCountyIsInTwoStates() {
    assertThat(ids("Dakota County")).containsExactly("county:27037", "county:31043");
  }

  @Test
  void baltimoreCityAndBaltimoreCountyAreDifferentEntities() {
    assertThat(ids("Baltimore County and Baltimore city")).containsExactly("county:24005", "county:24510");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ICE|agency:ice",
        "U.S. Immigration and Customs Enforcement|agency:ice",
        "U.S. Immigration & Customs Enforcement|agency:ice",
        "Immigration and Customs Enforcement|agency:ice",
        "United States Immigration and Customs Enforcement|agency:ice",
        "ERO|agency:ice",
        "Enforcement and Removal Operations|agency:ice",
        "HSI|agency:ice",
        "Homeland Security Investigations|agency:ice",
        "OPLA|agency:ice",
        "Department of Homeland Security|agency:dhs",
        "DHS|agency:dhs",
        "DHS OIG|agency:dhs-oig",
        "DHS Office of Inspector General|agency:dhs-oig",
        "U.S. Customs and Border Protection|agency:cbp",
        "Border Patrol|agency:cbp",
        "CBP|agency:cbp",
        "USCIS|agency:uscis",
        "U.S. Citizenship and Immigration Services|agency:uscis",
        "Department of Justice|agency:doj",
        "DOJ|agency:doj",
        "Federal Bureau of Investigation|agency:fbi",
        "FBI|agency:fbi",
      })
  void federalAgenciesAndTheirPartsAreFound(String text, String id) {
    assertThat(ids("met with " + text + " today")).containsExactly(id);
  }

  @Test
  void acronymsCountOnlyInCapitals() {
    assertThat(ids("the ice storm closed the ero road; dhs and fbi in lower case")).isEmpty();
  }

  @Test
  void statesAreFoundByNameWhenCapitalised() {
    assertThat(ids("the State of Nebraska and North Dakota")).containsExactly("state:NE", "state:ND");
    assertThat(ids("Washington, D.C.")).containsExactly("state:DC");
  }

  @Test
  void namesMatchAcrossLineBreaksWhitespaceAndPunctuation() {
    assertThat(ids("U.S. Immigration and\nCustoms   Enforcement")).containsExactly("agency:ice");
    assertThat(ids("Jim\nWells\r\nCounty")).containsExactly("county:48249");
  }

  @Test
  void theLongestNameWins() {
    assertThat(ids("New York County")).containsExactly("county:36061");
    assertThat(ids("Texas County, Missouri")).containsExactly("county:29215", "county:40139", "state:MO");
  }

  @Test
  void findReportsOffsetsAndTheGazetteerSource() {
    String text = "Contact: Dakota County.";
    List<Mention> mentions = gazetteer.find(text);
    assertThat(mentions).containsExactly(new Mention("Dakota County", EntityType.COUNTY, 9, 22, "gazetteer"));
  }

  @Test
  void aBareCountyNameWithoutItsKindIsNotACounty() {
    assertThat(ids("Mr. Clay and Smith went to the Bay")).isEmpty();
  }
}
