package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.ingest.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexTest {
  @TempDir Path tmp;

  @Test
  void documentsCommittedWhileServingAppearWithoutRestart() throws Exception {
    TestCorpus.build(tmp);
    HttpClient http = HttpClient.newHttpClient();
    try (IndexView view = IndexView.open(tmp.resolve("index"));
        WebServer server = WebServer.start(view, TestCorpus.DIRECTORY, TestCorpus.NAMES, tmp, "127.0.0.1", 0)) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=zanzibar");
      assertThat(total(http, uri)).isZero();
      try (IndexUpdater updater = IndexUpdater.open(tmp.resolve("index"), TestCorpus.NAMES)) {
        String text = "Zanzibar memo from ICE";
        TestCorpus.add(updater, Fingerprint.of(text.getBytes()), "in/late.txt", "text/plain", List.of(text),
            LocalDate.of(2022, 2, 2), TestCorpus.HARRIS, ContactKind.OTHER);
        updater.commit();
        assertThat(total(http, uri)).isEqualTo(1);
      }
    }
  }

  @Test
  void aSourceFileThatChangedSinceIngestIsNotRendered() throws Exception {
    TestCorpus corpus = TestCorpus.build(tmp);
    HttpClient http = HttpClient.newHttpClient();
    try (IndexView view = IndexView.open(tmp.resolve("index"));
        WebServer server = WebServer.start(view, TestCorpus.DIRECTORY, TestCorpus.NAMES, tmp, "127.0.0.1", 0)) {
      String pages = "http://127.0.0.1:" + server.port() + "/api/documents/" + corpus.letterId + "/pages/";
      assertThat(status(http, pages + "2.png")).isEqualTo(200); // the last page: nothing is rendered ahead
      java.nio.file.Files.write(tmp.resolve("in/letter.pdf"), TestCorpus.pdf(List.of("another letter", "p2"), false));
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pages + "1.png")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).contains("no longer where it was ingested");
      java.nio.file.Files.delete(tmp.resolve("in/letter.pdf"));
      assertThat(status(http, pages + "1.png")).isEqualTo(404);
      assertThat(status(http, pages + "2.png")).as("rendered from the right bytes, still cached").isEqualTo(200);
    }
  }

  private static int status(HttpClient http, String uri) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static long total(HttpClient http, URI uri) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    return Jsonl.MAPPER.readTree(r.body()).get("total").asLong();
  }
}
