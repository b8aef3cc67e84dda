package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foiapipeline.eval.ReleaseScore;
import org.foiapipeline.eval.ReleaseScorer;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generated merged releases (digital, and one scanned), ingested and scored with the project's own
 * scorer: boundaries of logical documents, threads, and the commands a reporter uses on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergedReleasesIT {
  Path index;
  List<DocumentRecord> gold = new ArrayList<>();
  List<DocumentRecord> output;

  @BeforeAll
  void generateAndIngest() throws Exception {
    Path tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    index = tmp.resolve("index");
    Path digital = tmp.resolve("digital");
    Path scanned = tmp.resolve("scanned");
    RealCorpusIngestIT.run("corpus", "generate", "--out", digital.toString(), "--docs", "0", "--merged-releases", "5",
        "--seed", "31", "--scanned-ratio", "0", "--split", "train");
    RealCorpusIngestIT.run("corpus", "generate", "--out", scanned.toString(), "--docs", "0", "--merged-releases", "1",
        "--release-size", "3", "--seed", "32", "--scanned-ratio", "1", "--split", "train");
    gold.addAll(Jsonl.read(digital.resolve("gold.jsonl")));
    gold.addAll(Jsonl.read(scanned.resolve("gold.jsonl")));
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200",
        digital.resolve("train").toString(), scanned.resolve("train").toString());
    try (IndexView view = IndexView.open(index)) {
      output = view.records();
    }
  }

  @Test
  void logicalDocumentBoundariesReachTheGoal() {
    ReleaseScore score = ReleaseScorer.score(gold, output, 20);
    assertThat(score.releases()).isEqualTo(6);
    assertThat(score.boundaries().get("all").precision()).as("boundary precision; misses %s", score.boundaryMisses())
        .isGreaterThanOrEqualTo(0.95);
    assertThat(score.boundaries().get("all").recall()).as("boundary recall; misses %s", score.boundaryMisses())
        .isGreaterThanOrEqualTo(0.95);
    assertThat(score.boundaries().get("scanned").support()).isPositive();
    assertThat(score.threadPairs().f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.dates().value()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void contactsOfAReleaseCarryTheDatesOfTheirOwnMessagesAndLetters() {
    Set<String> found = new HashSet<>();
    Set<String> wanted = new HashSet<>();
    for (DocumentRecord g : gold) {
      g.contacts().forEach(c -> wanted.add(g.path() + "|" + c.jurisdiction() + "|" + c.date()));
    }
    for (DocumentRecord o : output) {
      String path = o.path().replace('\\', '/').replaceAll(".*/(train/release-\\d+\\.pdf)$", "$1");
      o.contacts().forEach(c -> found.add(path + "|" + c.jurisdiction() + "|" + c.date()));
    }
    long hit = wanted.stream().filter(found::contains).count();
    assertThat(hit / (double) wanted.size()).as("gold contacts found with their own date").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void threadCommandListsMessagesInDateOrderWithTheirPages() throws Exception {
    DocumentRecord withThread = output.stream()
        .filter(r -> r.logicalDocuments() != null && r.logicalDocuments().stream().anyMatch(l -> l.thread() != null))
        .findFirst().orElseThrow();
    String jsonl = RealCorpusIngestIT.run("thread", "--index", index.toString(), "--format", "jsonl", withThread.id());
    assertThat(jsonl).isNotBlank();
    for (String line : jsonl.split("\n")) {
      JsonNode thread = Jsonl.MAPPER.readTree(line);
      assertThat(thread.get("id").asText()).startsWith("thread:");
      List<String> dates = new ArrayList<>();
      thread.get("messages").forEach(m -> {
        if (!m.get("date").isNull()) {
          dates.add(m.get("date").asText());
        }
        assertThat(m.get("at").get(0).asText()).matches(".*release-\\d+\\.pdf p\\.\\d+");
      });
      assertThat(dates).isSorted();
      String table = RealCorpusIngestIT.run("thread", "--index", index.toString(), thread.get("id").asText());
      assertThat(table).contains(thread.get("id").asText(), "messages, printed in");
    }
    assertThat(RealCorpusIngestIT.run("thread", "--index", index.toString(), "thread:000000000000"))
        .contains("No thread found");
  }
}
