package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Redaction-aware search on a release made by the project's generator (digital and scanned pages, boxes with
 * exemption labels drawn where the gold says): every gold box becomes a token, and the search commands use it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactionIT {
  Path tmp;
  Path index;
  JsonNode report;

  @BeforeAll
  void generateAndIngest() throws Exception {
    tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    index = tmp.resolve("index");
    Path corpus = tmp.resolve("corpus");
    RealCorpusIngestIT.run("corpus", "generate", "--out", corpus.toString(), "--docs", "8", "--seed", "31",
        "--scanned-ratio", "0.5", "--split", "all");
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200", corpus.toString());
    report = Jsonl.MAPPER.readTree(RealCorpusIngestIT.run("eval", "--gold", corpus.resolve("gold.jsonl").toString(),
        "--index", index.toString(), "--format", "json"));
  }

  @Test
  void everyGoldBoxBecomesATokenOnDigitalAndScannedPages() {
    JsonNode byKind = report.get("redactions").get("byPageKind");
    assertThat(byKind.get("digital").get("gold").asLong()).isPositive();
    assertThat(byKind.get("scanned").get("gold").asLong()).isPositive();
    assertThat(byKind.get("digital").get("tokens").asLong()).isEqualTo(byKind.get("digital").get("gold").asLong());
    assertThat(byKind.get("digital").get("codes").asLong()).isEqualTo(byKind.get("digital").get("gold").asLong());
    JsonNode scanned = byKind.get("scanned");
    assertThat(scanned.get("tokens").asDouble() / scanned.get("gold").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(scanned.get("spurious").asLong()).isZero();
  }

  @Test
  void theExemptionTokenAndTheRedactedShareFindTheRedactedPages() throws Exception {
    String hits = RealCorpusIngestIT.run("search", "--index", index.toString(), "--format", "jsonl", "--limit", "1000", "redacted");
    String heavy = RealCorpusIngestIT.run("search", "--index", index.toString(), "--format", "jsonl", "--limit", "1000",
        "--redacted-above", "0.5%", "*");
    assertThat(hits.lines().count()).isPositive();
    assertThat(heavy.lines().count()).isPositive().isLessThanOrEqualTo(hits.lines().count());
    String table = RealCorpusIngestIT.run("search", "--index", index.toString(), "--by-document", "redacted_b6");
    assertThat(table).contains("redacted:").contains("exemption:");
  }
}
