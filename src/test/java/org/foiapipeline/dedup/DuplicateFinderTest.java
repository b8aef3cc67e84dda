package org.foiapipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
  static final String MOA = "This Memorandum of Agreement constitutes an agreement between U.S. Immigration and Customs"
      + " Enforcement and the %s County Sheriff's Office, hereinafter the Law Enforcement Agency. The purpose of this"
      + " MOA is to set forth the terms and conditions pursuant to which selected LEA personnel will be nominated,"
      + " trained, and approved to perform certain functions of an immigration officer. Signed by Sheriff %s.";
  final Signer signer = new Signer();

  Signature moa(String county, String sheriff, String fips, String extra) {
    return signer.sign(String.format(MOA, county, sheriff) + extra, List.of("county:" + fips, "person:" + sheriff));
  }

  Map<String, Signature> collection() {
    Map<String, Signature> docs = new LinkedHashMap<>();
    docs.put("c-dakota", moa("Dakota", "Wakefield", "27037", ""));
    docs.put("a-dakota-rereleased", signer.sign(String.format(MOA, "Dakota", "(b)(6)") + " DHS-002-00012",
        List.of("county:27037")));
    docs.put("b-washington", moa("Washington", "Greer", "27163", ""));
    for (int i = 0; i < 20; i++) {
      docs.put("z-other-" + i, signer.sign("Unrelated minutes number " + i + " of a county board meeting about roads "
          + "bridges and the jail budget for fiscal year " + (2000 + i), List.of("county:" + (10000 + i))));
    }
    return docs;
  }

  @Test
  void twoReleasesOfOneAgreementAreOneGroupNamedByTheSmallestId() {
    Map<String, String> groups = new DuplicateFinder().groups(collection());
    assertThat(groups).containsEntry("c-dakota", "a-dakota-rereleased").containsEntry("a-dakota-rereleased", "a-dakota-rereleased");
  }

  @Test
  void agreementsFromOneTemplateWithOtherCountiesAreNotDuplicates() {
    Map<String, String> groups = new DuplicateFinder().groups(collection());
    assertThat(groups).doesNotContainKey("b-washington").hasSize(2);
  }

  @Test
  void groupsDoNotDependOnTheOrderDocumentsArrivedIn() {
    Map<String, Signature> forward = collection();
    Map<String, Signature> backward = new HashMap<>();
    List<String> ids = new java.util.ArrayList<>(forward.keySet());
    java.util.Collections.reverse(ids);
    ids.forEach(id -> backward.put(id, forward.get(id)));
    assertThat(new DuplicateFinder().groups(backward)).isEqualTo(new DuplicateFinder().groups(forward));
  }

  @Test
  void twoPrintingsOfAnEmailChainWithAnotherNumberOfMessagesAreNotDuplicates() {
    String first = "From: Ann Lee Sent: Monday To: Sheriff Wakefield Subject: detainer request for the inmate held"
        + " at the county jail since Friday, please confirm the release date and the booking number.";
    String reply = "From: Sheriff Wakefield Sent: Tuesday To: Ann Lee Subject: RE: detainer request, we will hold him. ";
    Map<String, Signature> docs = new LinkedHashMap<>();
    docs.put("a-short", signer.sign(first, List.of("county:27037", "person:ann-lee")));
    docs.put("b-long", signer.sign(reply + first, List.of("county:27037", "person:ann-lee")));
    docs.put("c-short-again", signer.sign(first.replace("Ann Lee", "(b)(6)"), List.of("county:27037")));
    assertThat(new DuplicateFinder().groups(docs)).containsKeys("a-short", "b-long", "c-short-again");
    Map<String, String> groups = new DuplicateFinder().groups(docs, Map.of("a-short", new Printing(1, "2019-03-04", 1),
        "b-long", new Printing(2, "2019-03-04", 2), "c-short-again", new Printing(1, null, 0)));
    assertThat(groups).containsOnlyKeys("a-short", "c-short-again");
  }

  @Test
  void aBucketOfManyDocumentsFromOneTemplateIsPairedOnlyWhereKeysAllowIt() {
    Map<String, Signature> docs = new LinkedHashMap<>();
    for (int i = 0; i < 3 * DuplicateFinder.BIG_BUCKET; i++) {
      docs.put(String.format("m-%04d", i), moa("County" + i, "Sheriff" + i, Integer.toString(20000 + i), ""));
    }
    docs.put("a-copy-of-7", signer.sign(String.format(MOA, "County7", "(b)(6)"), List.of("county:20007")));
    assertThat(new DuplicateFinder().groups(docs)).containsOnlyKeys("a-copy-of-7", "m-0007");
  }

  @Test
  void aPageWithFewKeysDoesNotChainLettersOfDifferentDatesIntoOneGroup() {
    Map<String, Signature> docs = new LinkedHashMap<>();
    // letters from one template to one county, years apart, each with its own date and sheriff
    docs.put("a-2009", signer.sign(String.format(MOA, "Chambers", "Hargrove") + " Dated 2009.", List.of("county:48071", "2009-06-08", "person:hargrove")));
    docs.put("b-2015", signer.sign(String.format(MOA, "Chambers", "Marchetti") + " Dated 2015.", List.of("county:48071", "2015-11-04", "person:marchetti")));
    // a copy of the template whose date and name were not read: agrees with both on the smaller side
    docs.put("c-hub", signer.sign(String.format(MOA, "Chambers", "(b)(6)"), List.of("county:48071")));
    for (int i = 0; i < 40; i++) {
      docs.put("z-" + i, signer.sign("Minutes " + i + " of a board meeting about roads and the jail budget " + i, List.of("county:" + (10000 + i))));
    }
    Map<String, String> groups = new DuplicateFinder().groups(docs);
    assertThat(groups.get("a-2009")).as("the two letters stay apart").isNotEqualTo(groups.getOrDefault("b-2015", "none"));
  }

  @Test
  void sameDayLettersAboutDifferentCountiesAreNotDuplicates() {
    Map<String, Signature> docs = new LinkedHashMap<>();
    docs.put("a-coahoma", signer.sign(String.format(MOA, "Coahoma", "(b)(6)"), List.of("county:28027", "2019-03-30")));
    docs.put("b-madison", signer.sign(String.format(MOA, "Madison", "(b)(6)"), List.of("county:28089", "2019-03-30")));
    for (int i = 0; i < 40; i++) {
      docs.put("z-" + i, signer.sign("Minutes " + i + " of a board meeting about roads and the jail budget " + i, List.of("county:" + (10000 + i))));
    }
    assertThat(new DuplicateFinder().groups(docs)).doesNotContainKeys("a-coahoma", "b-madison");
  }
}
