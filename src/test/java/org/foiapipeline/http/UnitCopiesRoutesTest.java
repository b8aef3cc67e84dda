package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitCopiesRoutesTest {
  @TempDir static Path tmp;
  ApiClient api;

  @BeforeAll
  void start() throws Exception {
    UnitCopiesFixture.build(tmp.resolve("index"));
    api = ApiClient.serve(tmp.resolve("index"), tmp);
  }

  @AfterAll
  void stop() throws Exception {
    api.close();
  }

  @Test
  void aLetterInsideAMergedReleaseListsItsSeparateReleaseAndTheFileItselfHasNoCopy() throws Exception {
    JsonNode copies = api.json("/api/documents/" + UnitCopiesFixture.RELEASE + "/copies", 200);
    assertThat(copies.get("copies")).isEmpty();
    JsonNode unit = copies.get("unit_copies").get(0);
    assertThat(unit.get("unit").asText()).isEqualTo(UnitCopiesFixture.RELEASE + ":2-3");
    assertThat(unit.at("/copies/0/ref").asText()).isEqualTo(UnitCopiesFixture.LETTER);
    assertThat(api.json("/api/documents/" + UnitCopiesFixture.LETTER + "/copies", 200).at("/unit_copies/0/copies/0/ref")
        .asText()).isEqualTo(UnitCopiesFixture.RELEASE + ":2-3");
  }

  @Test
  void aPartOfAReleaseIsComparedWithTheWholeLetterPageByPage() throws Exception {
    JsonNode diff = api.json("/api/diff?a=" + UnitCopiesFixture.RELEASE + ":2-3&b=" + UnitCopiesFixture.LETTER, 200);
    assertThat(diff.at("/first/start").asInt()).isEqualTo(2);
    assertThat(diff.at("/first/end").asInt()).isEqualTo(3);
    assertThat(diff.at("/first/ref").asText()).isEqualTo(UnitCopiesFixture.RELEASE + ":2-3");
    assertThat(diff.at("/second/ref").asText()).isEqualTo(UnitCopiesFixture.LETTER);
    assertThat(diff.get("same_group").asBoolean()).isTrue();
    assertThat(diff.at("/pages/0/first").asInt()).isEqualTo(2);
    assertThat(diff.at("/pages/0/second").asInt()).isEqualTo(1);
    assertThat(diff.at("/counts/redacted_in_second").asInt()).isEqualTo(1);
  }

  @Test
  void aRangeOutsideTheFileIsABadRequest() throws Exception {
    assertThat(api.json("/api/diff?a=" + UnitCopiesFixture.RELEASE + ":2-9&b=" + UnitCopiesFixture.LETTER, 400)
        .get("error").asText()).contains("has 3 pages");
  }
}
