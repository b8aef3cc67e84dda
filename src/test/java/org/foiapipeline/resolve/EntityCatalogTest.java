package org.foiapipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiapipeline.nlp.EntityType;
import org.junit.jupiter.api.Test;

class EntityCatalogTest {
  private final EntityCatalog catalog = EntityCatalog.standard();

  private List<String> ids(String query) {
    return catalog.lookup(query).stream().map(Entity::id).toList();
  }

  @Test
  void aCountyIsFoundByIdWithItsDisplayName() {
    assertThat(catalog.byId("county:31043"))
        .contains(new Entity("county:31043", EntityType.COUNTY, "Dakota County, NE", "NE"));
  }

  @Test
  void statesAgenciesAndPlacesHaveEntities() {
    assertThat(catalog.byId("state:NE")).map(Entity::name).contains("Nebraska");
    assertThat(catalog.byId("agency:ice")).map(Entity::type).contains(EntityType.AGENCY);
    assertThat(catalog.byId("place:NE:dakota-city")).map(Entity::name).contains("Dakota City, NE");
    assertThat(catalog.byId("place:XX:dakota-city")).isEmpty();
    assertThat(catalog.byId("county:99999")).isEmpty();
  }

  @Test
  void aTypedNameWithItsStateFindsOneCounty() {
    assertThat(ids("dakota county, ne")).containsExactly("county:31043");
    assertThat(ids("Dakota County NE")).containsExactly("county:31043");
    assertThat(ids("Dakota County, Nebraska")).containsExactly("county:31043");
  }

  @Test
  void aTypedNameWithoutItsStateFindsEveryCandidate() {
    assertThat(ids("Dakota Co")).containsExactly("county:27037", "county:31043");
    assertThat(ids("Washington County")).hasSizeGreaterThan(25);
  }

  @Test
  void aBareNameFindsTheStateAndTheCountiesOfThatName() {
    assertThat(ids("Texas")).containsExactly("county:29215", "county:40139", "state:TX");
  }

  @Test
  void aCityNameFindsItsIndependentCityAndTheCountyOfTheSameName() {
    assertThat(ids("Baltimore")).containsExactly("county:24005", "county:24510");
    assertThat(ids("Richmond, VA")).containsExactly("county:51159", "county:51760");
  }

  @Test
  void idsAndAgencyAliasesAreLookedUp() {
    assertThat(ids("county:31043")).containsExactly("county:31043");
    assertThat(ids("State:ne")).containsExactly("state:NE");
    assertThat(ids("ice")).containsExactly("agency:ice");
    assertThat(ids("Homeland Security Investigations")).containsExactly("agency:ice");
  }

  @Test
  void nonsenseFindsNothing() {
    assertThat(ids("qwerty")).isEmpty();
    assertThat(ids("")).isEmpty();
    assertThat(catalog.lookup(null)).isEmpty();
  }

  @Test
  void theZipPrefixTableKnowsTheStates() {
    ZipPrefixes zips = ZipPrefixes.standard();
    assertThat(zips.state("68731")).contains("NE");
    assertThat(zips.state("58601-1234")).contains("ND");
    assertThat(zips.state("20536")).contains("DC");
    assertThat(zips.state("00000")).isEmpty();
    assertThat(zips.state("abc")).isEmpty();
  }
}
