package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeographyTest {
  private final Geography geography = Geography.load();

  @Test
  void loadsCountiesParishesBoroughsAndIndependentCitiesOfTheFiftyStates() {
    assertThat(geography.counties()).hasSizeGreaterThan(3000)
        .contains(new County("LA", "22", "071", "Orleans Parish"), new County("VA", "51", "760", "Richmond city"),
            new County("AK", "02", "090", "Fairbanks North Star Borough"))
        .noneMatch(c -> c.state().equals("PR"));
    County richmond = new County("VA", "51", "760", "Richmond city");
    assertThat(richmond.display()).isEqualTo("City of Richmond");
    assertThat(richmond.fips()).isEqualTo("51760");
    assertThat(Actors.office(richmond)).isEqualTo("Richmond City Sheriff's Office");
  }

  @Test
  void sameNameCountiesInOtherStatesAreNamesakes() {
    County washington = geography.counties().stream()
        .filter(c -> c.name().equals("Washington County") && c.state().equals("OR")).findFirst().orElseThrow();
    assertThat(geography.namesakes(washington)).hasSizeGreaterThan(20)
        .allMatch(c -> c.name().equals("Washington County") && !c.state().equals("OR"));
  }

  @Test
  void aboutOneFifthOfCountiesIsHeldOutAndTrainingPoolExcludesThem() {
    long held = geography.counties().stream().filter(c -> Geography.isHeldOut(c.fips())).count();
    assertThat((double) held / geography.counties().size()).isBetween(0.15, 0.25);
    assertThat(geography.pool(Split.TRAIN)).noneMatch(c -> Geography.isHeldOut(c.fips()));
    assertThat(geography.pool(Split.TEST)).hasSameSizeAs(geography.counties());
  }

  @Test
  void sheriffVariantsAndAbbreviation() {
    County dakota = new County("NE", "31", "043", "Dakota County");
    assertThat(Actors.officeVariants(dakota)).containsExactly("Dakota County Sheriff's Office",
        "Dakota Co. Sheriff's Office", "Sheriff of Dakota County", "DAKOTA COUNTY SHERIFF'S OFFICE");
    assertThat(Actors.abbreviation(dakota)).isEqualTo("DCSO");
    assertThat(dakota.placeId()).isEqualTo("place:NE:dakota");
  }
}
