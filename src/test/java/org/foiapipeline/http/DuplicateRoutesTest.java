package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.IndexUpdater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicate releases through the JSON API: copies, collapsed search, contacts counted once, the diff. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateRoutesTest {
  static final String FIRST = "a".repeat(64);
  static final String SECOND = "b".repeat(64);
  static final String OTHER = "c".repeat(64);
  static final String LETTER = "Sheriff Wakefield of Dakota County asked ICE about the 287(g) program on March 5."
      + " Please call Officer %s at the field office to schedule the training of your deputies next month.";
  @TempDir static Path tmp;
  ApiClient api;

  @BeforeAll
  void start() throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(tmp.resolve("index"), TestCorpus.NAMES)) {
      LocalDate date = LocalDate.of(2019, 3, 5);
      TestCorpus.add(updater, FIRST, "in/first.pdf", "application/pdf",
          List.of(String.format(LETTER, "John Smith") + "\nICE-2019-000001"), date, TestCorpus.DAKOTA, ContactKind.INQUIRY);
      TestCorpus.add(updater, SECOND, "in/second.pdf", "application/pdf",
          List.of(String.format(LETTER, "(b)(6)") + "\nICE-2021-000777"), date, TestCorpus.DAKOTA, ContactKind.INQUIRY);
      TestCorpus.add(updater, OTHER, "in/memo.pdf", "application/pdf",
          List.of(TestCorpus.MEMO), LocalDate.of(2020, 6, 1), TestCorpus.HARRIS, ContactKind.MEETING);
      updater.groupDuplicates();
      updater.commit();
    }
    api = ApiClient.serve(tmp.resolve("index"), tmp);
  }

  @AfterAll
  void stop() throws Exception {
    api.close();
  }

  @Test
  void aDocumentListsItsOtherRelease() throws Exception {
    JsonNode r = api.json("/api/documents/" + FIRST + "/copies", 200);
    assertThat(r.get("copies")).hasSize(1);
    assertThat(r.get("copies").get(0).get("id").asText()).isEqualTo(SECOND);
    assertThat(api.json("/api/documents/" + OTHER + "/copies", 200).get("copies")).isEmpty();
  }

  @Test
  void collapsedSearchShowsOneHitForBothReleases() throws Exception {
    JsonNode r = api.json("/api/search?q=training&collapse=true", 200);
    assertThat(r.get("total").asLong()).isEqualTo(1);
    assertThat(r.get("hits").get(0).get("releases").asInt()).isEqualTo(2);
    assertThat(api.json("/api/search?q=training&by_document=true", 200).get("total").asLong()).isEqualTo(2);
  }

  @Test
  void theContactOfBothReleasesCountsOnceWithItsCopy() throws Exception {
    JsonNode r = api.json("/api/contacts?detail=true", 200);
    assertThat(r.get("total").asInt()).isEqualTo(2);
    assertThat(r.get("copies").toString()).contains("in/second.pdf");
    assertThat(api.json("/api/contacts?detail=true&count_copies=true", 200).get("total").asInt()).isEqualTo(3);
  }

  @Test
  void theDiffMarksTheNameOnlyTheSecondReleaseRedacted() throws Exception {
    JsonNode r = api.json("/api/diff?a=" + FIRST + "&b=" + SECOND, 200);
    assertThat(r.get("same_group").asBoolean()).isTrue();
    assertThat(r.get("counts").get("redacted_in_second").asInt()).isEqualTo(1);
    assertThat(r.toString()).contains("John Smith").doesNotContain("ICE-2021-000777");
  }

  @Test
  void aDiffWithoutTheSecondReleaseOrWithAnUnknownIdIsABadRequest() throws Exception {
    assertThat(api.json("/api/diff?a=" + FIRST, 400).get("error").asText()).contains("missing b");
    assertThat(api.json("/api/diff?a=" + FIRST + "&b=ffffffff", 400).get("error").asText()).contains("no document");
  }
}
