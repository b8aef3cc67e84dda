package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiapipeline.export.DocumentRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Logical documents of merged releases and their email threads through the JSON API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseRoutesTest {
  @TempDir static Path tmp;
  ApiClient api;

  @BeforeAll
  void start() throws Exception {
    ReleaseFixture.build(tmp.resolve("index"));
    api = ApiClient.serve(tmp.resolve("index"), tmp);
  }

  @AfterAll
  void stop() throws Exception {
    api.close();
  }

  @Test
  void documentListsItsLogicalDocumentsNumberedInPageOrder() throws Exception {
    JsonNode doc = api.json("/api/documents/" + ReleaseFixture.RELEASE, 200);
    JsonNode logical = doc.get("logical_documents");
    assertThat(logical).hasSize(3);
    assertThat(logical.get(2).get("number").asInt()).isEqualTo(3);
    assertThat(logical.get(2).get("of").asInt()).isEqualTo(3);
    assertThat(logical.get(2).get("start").asInt()).isEqualTo(4);
    assertThat(logical.get(2).get("end").asInt()).isEqualTo(5);
    assertThat(logical.get(2).get("kind").asText()).isEqualTo("email");
    assertThat(logical.get(2).get("thread").asText()).isEqualTo(ReleaseFixture.THREAD);
    assertThat(logical.get(2).get("messages")).hasSize(2);
    assertThat(logical.get(0).get("thread").isNull()).isTrue();
    assertThat(logical.get(0).get("title").asText()).isEqualTo(ReleaseFixture.HOSTILE_TITLE);
    assertThat(doc.at("/record/logical_documents")).hasSize(3);
  }

  @Test
  void plainDocumentHasNoLogicalDocumentsAndItsPagesNone() throws Exception {
    assertThat(api.json("/api/documents/" + ReleaseFixture.PLAIN, 200).get("logical_documents")).isEmpty();
    assertThat(api.json("/api/documents/" + ReleaseFixture.PLAIN + "/pages/1", 200).get("logical").isNull()).isTrue();
  }

  @Test
  void pageNamesTheLogicalDocumentHoldingIt() throws Exception {
    JsonNode logical = api.json("/api/documents/" + ReleaseFixture.RELEASE + "/pages/5", 200).get("logical");
    assertThat(logical.get("number").asInt()).isEqualTo(3);
    assertThat(logical.get("start").asInt()).isEqualTo(4);
    assertThat(logical.get("title").asText()).isEqualTo("RE: " + ReleaseFixture.SUBJECT);
    assertThat(logical.has("messages")).isFalse();
  }

  @Test
  void searchHitsNameTheirLogicalDocumentWhenTheFileHoldsSeveralOrTheHitIsInAThread() throws Exception {
    JsonNode hits = api.json("/api/search?q=application&limit=50", 200).get("hits");
    Map<String, JsonNode> byPlace = new java.util.HashMap<>();
    hits.forEach(h -> byPlace.put(h.get("id").asText().substring(0, 1) + h.get("page").asInt(), h));
    assertThat(byPlace).containsKeys("14", "21", "31");
    JsonNode inRelease = byPlace.get("14").get("logical");
    assertThat(inRelease.get("number").asInt()).isEqualTo(3);
    assertThat(inRelease.get("of").asInt()).isEqualTo(3);
    assertThat(inRelease.get("kind").asText()).isEqualTo("email");
    assertThat(inRelease.get("date").asText()).isEqualTo("2017-03-04");
    assertThat(byPlace.get("21").get("logical").get("thread").asText()).isEqualTo(ReleaseFixture.THREAD);
    assertThat(byPlace.get("31").has("logical")).isFalse();
    JsonNode letter = api.json("/api/search?q=detainers", 200).at("/hits/0/logical");
    assertThat(letter.get("kind").asText()).isEqualTo("letter");
    assertThat(letter.get("thread").isNull()).isTrue();
  }

  @Test
  void collapsedSearchHitsNameTheirLogicalDocumentToo() throws Exception {
    JsonNode hit = api.json("/api/search?q=detainers&collapse=true", 200).at("/hits/0");
    assertThat(hit.at("/logical/kind").asText()).isEqualTo("letter");
    assertThat(hit.at("/logical/end").asInt()).isEqualTo(2);
  }

  @Test
  void threadListsEachMessageOnceOldestFirstWithTheFilePagesItIsPrintedOn() throws Exception {
    JsonNode thread = api.json("/api/thread/" + ReleaseFixture.THREAD, 200);
    assertThat(thread.get("id").asText()).isEqualTo(ReleaseFixture.THREAD);
    assertThat(thread.get("subject").asText()).isEqualTo(ReleaseFixture.SUBJECT);
    List<String> dates = new ArrayList<>();
    thread.get("messages").forEach(m -> dates.add(m.get("date").asText()));
    assertThat(dates).containsExactly("2017-03-02", "2017-03-04", "2017-03-09");
    JsonNode first = thread.at("/messages/0");
    assertThat(first.get("from").asText()).isEqualTo(ReleaseFixture.SHERIFF);
    assertThat(first.at("/to/0").asText()).isEqualTo(ReleaseFixture.OFFICER);
    List<String> places = new ArrayList<>();
    first.get("at").forEach(p -> places.add(p.get("id").asText().substring(0, 1) + ":" + p.get("path").asText() + ":" + p.get("page").asInt()));
    assertThat(places).containsExactlyInAnyOrder("1:in/release.pdf:3", "1:in/release.pdf:5");
    assertThat(thread.at("/messages/2/at/0/id").asText()).isEqualTo(ReleaseFixture.SINGLE);
  }

  @Test
  void threadListsTheChainsThatPrintItWithTheirPlaceInTheirFile() throws Exception {
    JsonNode copies = api.json("/api/thread/" + ReleaseFixture.THREAD, 200).get("copies");
    assertThat(copies).hasSize(3);
    List<String> chains = new ArrayList<>();
    copies.forEach(c -> chains.add(c.get("path").asText() + " " + c.get("start").asInt() + "-" + c.get("end").asInt()
        + " #" + c.get("number").asInt() + "/" + c.get("of").asInt() + " " + c.get("messages").asInt()));
    assertThat(chains).containsExactlyInAnyOrder(
        "in/release.pdf 3-3 #2/3 1", "in/release.pdf 4-5 #3/3 2", "in/single.pdf 1-1 #1/1 1");
  }

  @Test
  void threadIdMayBeGivenWithoutItsPrefixOrWithAnEncodedColon() throws Exception {
    assertThat(api.json("/api/thread/0A1B2C3D4E5F", 200).get("id").asText()).isEqualTo(ReleaseFixture.THREAD);
    assertThat(api.json("/api/thread/thread%3A0a1b2c3d4e5f", 200).get("id").asText()).isEqualTo(ReleaseFixture.THREAD);
  }

  @Test
  void unknownThreadIsA404WithAMessage() throws Exception {
    JsonNode error = api.json("/api/thread/thread:ffffffffffff", 404);
    assertThat(error.get("status").asInt()).isEqualTo(404);
    assertThat(error.get("error").asText()).contains("no thread thread:ffffffffffff");
  }

  @ParameterizedTest
  @ValueSource(strings = {"thread:123", "thread:0a1b2c3d4e5g", "nope", "thread:0a1b2c3d4e5f0", "%3Cscript%3E"})
  void malformedThreadIdIsA400NamingTheExpectedForm(String id) throws Exception {
    JsonNode error = api.json("/api/thread/" + id, 400);
    assertThat(error.get("error").asText()).contains("thread: and 12 hex digits").doesNotContain("<script>");
  }

  @Test
  void embeddedIndexFindsTheFilesOfAThreadLikeTheGenericReader() throws Exception {
    List<String> fromPages = api.view().recordsInThread(ReleaseFixture.THREAD).stream().map(DocumentRecord::path).toList();
    assertThat(fromPages).containsExactly("in/release.pdf", "in/single.pdf");
    assertThat(api.view().recordsInThread("thread:ffffffffffff")).isEmpty();
  }
}
