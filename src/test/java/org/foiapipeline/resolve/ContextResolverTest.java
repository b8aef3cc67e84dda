package org.foiapipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiapipeline.nlp.CombinedRecognizer;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.GazetteerBuilder;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.nlp.Recognizer;
import org.junit.jupiter.api.Test;

class ContextResolverTest {
  private final Recognizer recognizer = new CombinedRecognizer(GazetteerBuilder.standard(), CombinedRecognizer.NO_MODEL);
  private final DocumentResolver resolver = ContextResolver.standard();

  private List<ResolvedMention> resolve(String... pages) {
    List<String> texts = List.of(pages);
    return resolver.resolve(texts, texts.stream().map(recognizer::find).toList());
  }

  private ResolvedMention first(List<ResolvedMention> resolved, String text) {
    return resolved.stream().filter(r -> r.mention().text().startsWith(text)).findFirst().orElseThrow();
  }

  @Test
  void everyWayOfWritingTheSheriffsOfficeResolvesToTheCountyWithTheStateOfTheAddress() {
    List<ResolvedMention> resolved =
        resolve("Dakota Co. S.O.\n1601 Broadway\nDakota City, NE 68731",
            "Sheriff of Dakota County", "DAKOTA COUNTY SHERIFF'S OFFICE");
    assertThat(resolved).filteredOn(r -> r.mention().type() == EntityType.COUNTY)
        .extracting(ResolvedMention::entityId).containsExactly("county:31043", "county:31043", "county:31043");
    assertThat(resolved).extracting(ResolvedMention::entityId).contains("place:NE:dakota-city", "state:NE");
    assertThat(resolved).extracting(ResolvedMention::page).containsExactly(1, 1, 1, 2, 3);
  }

  @Test
  void aSharedCountyNameWithoutContextStaysUnresolvedWithItsCandidates() {
    ResolvedMention r = resolve("The Washington County Sheriff's Office signed.").get(0);
    assertThat(r.isResolved()).isFalse();
    assertThat(r.candidates()).hasSizeGreaterThan(25).contains("county:31177", "county:48477");
  }

  @Test
  void aStateWrittenBetweenTheCountyAndItsOfficeDecidesOverAFieldOfficeAddress() {
    List<ResolvedMention> resolved =
        resolve("an agreement between ICE and Hamilton County Tennessee Sheriff's Office, hereinafter the LEA.",
            "New Orleans Field Office\n1250 Poydras Street, New Orleans, LA 70113");
    assertThat(first(resolved, "Hamilton").entityId()).isEqualTo("county:47065");
  }

  @Test
  void aLongMentionCarryingItsStateResolvesToThatState() {
    String page = "between ICE and Hamilton County Tennessee Sheriff's Office , hereinafter the LEA\nNew Orleans, LA 70113";
    Mention whole = new Mention("Hamilton County Tennessee Sheriff's Office", EntityType.COUNTY, 16, 58, "model");
    assertThat(resolver.resolve(List.of(page), List.of(List.of(whole))).get(0).entityId()).isEqualTo("county:47065");
  }

  @Test
  void aPersonIsKnownByNameAndASingleWordIsNoPerson() {
    assertThat(ContextResolver.personId("Betty \n Thibodeaux")).contains("person:betty-thibodeaux");
    assertThat(ContextResolver.personId("Thibodeaux")).isEmpty();
  }

  @Test
  void aZipCodeDecidesASharedCountyName() {
    assertThat(first(resolve("Washington County Sheriff\nP.O. Box 10, Blair NF 68008"), "Washington").entityId())
        .isEqualTo("county:31177");
  }

  @Test
  void anIdNumberIsNotAnAddress() {
    ResolvedMention r = first(resolve("Washington County Sheriff\nEmployee ID 83702\nCase No. NE 68008"),
        "Washington");
    assertThat(r.isResolved()).isFalse();
  }

  @Test
  void aStateNameElsewhereInTheDocumentDecides() {
    assertThat(first(resolve("Washington County Jail", "the laws of the State of Texas"), "Washington").entityId())
        .isEqualTo("county:48477");
  }

  @Test
  void aGovernmentDomainDecides() {
    assertThat(first(resolve("Washington County Sheriff\njdoe@co.washington.or.us"), "Washington").entityId())
        .isEqualTo("county:41067");
  }

  @Test
  void anotherUniqueCountyOfTheDocumentDecides() {
    assertThat(first(resolve("Washington County and Jim Wells County"), "Washington").entityId())
        .isEqualTo("county:48477");
  }

  @Test
  void aFieldOfficeNarrowsToTheStatesItCovers() {
    assertThat(first(resolve("Knox County Sheriffs Office\nFor DHS: New Orleans, Field Office Director"), "Knox")
        .entityId()).isEqualTo("county:47093");
  }

  @Test
  void evenlySplitContextDecidesNothing() {
    ResolvedMention r = first(resolve("Washington County. Austin, TX 78701. Omaha, NE 68102."), "Washington");
    assertThat(r.isResolved()).isFalse();
    assertThat(r.candidates()).contains("county:48477", "county:31177");
  }

  @Test
  void aCountyNameInOnlyOneStateResolvesWithoutContext() {
    assertThat(resolve("Jim Wells County Sheriff's Office").get(0).entityId()).isEqualTo("county:48249");
  }

  @Test
  void aPoliceDepartmentIsItsPlaceInTheDocumentsState() {
    assertThat(first(resolve("Dickinson Police Department\n99 2nd St E, Dickinson, ND 58601"), "Dickinson Police")
        .entityId()).isEqualTo("place:ND:dickinson");
    assertThat(first(resolve("Dakota City Police Department, NE"), "Dakota").entityId())
        .isEqualTo("place:NE:dakota-city");
  }

  @Test
  void aPoliceDepartmentWithoutAStateStaysUnresolved() {
    ResolvedMention r = resolve("The Dickinson Police Department agrees.").get(0);
    assertThat(r.isResolved()).isFalse();
    assertThat(r.candidates()).isEmpty();
  }

  @Test
  void aSheriffIsItsCountyWhileThePoliceAreTheirCity() {
    List<ResolvedMention> resolved = resolve("Galveston County Sheriff's Office and Galveston Police Department");
    assertThat(resolved).extracting(ResolvedMention::entityId).containsExactly("county:48167", "place:TX:galveston");
  }

  @Test
  void philadelphiasGovernmentIsCityAndCountyInOne() {
    List<ResolvedMention> resolved =
        resolve("Philadelphia Police Department\n400 N Broad St, Philadelphia, PA 19130\nCity of Philadelphia");
    assertThat(resolved).extracting(r -> r.mention().text() + "=" + r.entityId())
        .containsExactly("Philadelphia Police Department=county:42101", "Philadelphia=place:PA:philadelphia",
            "PA=state:PA", "City of Philadelphia=county:42101");
  }

  @Test
  void theCityOfAnAddressIsAPlaceWithItsState() {
    List<ResolvedMention> resolved = resolve("1726 Courthouse Square\nPhelps, MO 65511");
    assertThat(resolved).extracting(ResolvedMention::entityId).containsExactly("place:MO:phelps", "state:MO");
  }

  @Test
  void aStateCodeStartingATableRowQualifiesTheNameAfterIt() {
    List<ResolvedMention> resolved = resolve("NE Rock County Sheriff's Office 4/18/2010\nMN Rock County Sheriff's Office"
        + "\nTX Gray Police Department 2/3/2017");
    assertThat(resolved).extracting(ResolvedMention::entityId).containsExactly("state:NE", "county:31149",
        "state:MN", "county:27133", "state:TX", "place:TX:gray");
  }

  @Test
  void aStateInParenthesesQualifiesTheNameBeforeIt() {
    assertThat(resolve("Subject: 287(g) inquiry - Washington County (OR)")).extracting(ResolvedMention::entityId)
        .containsExactly("county:41067", "state:OR");
  }

  @Test
  void independentCitiesResolveToTheirCountyEquivalent() {
    assertThat(resolve("City of Richmond\n900 E Broad St, Richmond, VA 23219").get(0).entityId())
        .isEqualTo("county:51760");
    assertThat(resolve("Baltimore City Police Department, MD").get(0).entityId()).isEqualTo("county:24510");
    assertThat(resolve("St. Louis city Sheriff's Office\nSt. Louis, MO 63103").get(0).entityId())
        .isEqualTo("county:29510");
    assertThat(resolve("Carson City Sheriff's Office").get(0).entityId()).isEqualTo("county:32510");
  }

  @Test
  void anIndependentCityNameInAnotherStatesDocumentIsNotTaken() {
    ResolvedMention r = resolve("Franklin city limits\nFranklin, TN 37064").get(0);
    assertThat(r.isResolved()).isFalse();
    assertThat(r.candidates()).containsExactly("county:51620");
  }

  @Test
  void stateAgenciesResolveToTheirState() {
    assertThat(resolve("Virginia Department of Corrections").get(0).entityId()).isEqualTo("state:VA");
  }

  @Test
  void federalAgenciesResolveToTheirIds() {
    assertThat(resolve("U.S. Immigration and Customs Enforcement (ICE), ERO Houston, DHS OIG and CBP"))
        .extracting(ResolvedMention::entityId)
        .containsExactly("agency:ice", "agency:ice", "agency:ice", "agency:dhs-oig", "agency:cbp");
  }

  @Test
  void personsResolveToTheirNameNotToAPlace() {
    Mention person = new Mention("John Smith", EntityType.PERSON, 0, 10, "model");
    ResolvedMention r = resolver.resolve(List.of("John Smith, Omaha, NE 68102"), List.of(List.of(person))).get(0);
    assertThat(r.entityId()).isEqualTo("person:john-smith");
    assertThat(r.candidates()).isEmpty();
  }

  @Test
  void mentionsOnPagesWithoutTextAreStillAnsweredOneForOne() {
    Mention m = new Mention("Washington County", EntityType.COUNTY, 0, 17, "gazetteer");
    List<ResolvedMention> resolved = resolver.resolve(List.of(), List.of(List.of(m), List.of()));
    assertThat(resolved).hasSize(1);
    assertThat(resolved.get(0).isResolved()).isFalse();
  }
}
