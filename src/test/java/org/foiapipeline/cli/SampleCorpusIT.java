package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shipped generated release, through the commands a team uses: ingest, contacts, search, export. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusIT {
  static final Path SAMPLE = Path.of("corpus/sample");
  Path tmp;
  Path index;
  List<DocumentRecord> gold;

  @BeforeAll
  void ingest() throws Exception {
    tmp = java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    index = tmp.resolve("index");
    gold = Jsonl.read(SAMPLE.resolve("gold.jsonl"));
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200",
        SAMPLE.resolve("train").toString(), SAMPLE.resolve("test").toString());
  }

  /** Every gold contact, of born-digital and of scanned documents alike, is in the detailed table. */
  @Test
  void everyGoldContactIsInTheDetailedContactTable() throws Exception {
    String out = RealCorpusIngestIT.run("contacts", "--detail", "--format", "jsonl", "--index", index.toString());
    Set<String> found = new HashSet<>();
    for (String line : out.split("\n")) {
      JsonNode row = Jsonl.MAPPER.readTree(line);
      found.add(key(Path.of(row.get("path").asText()), row.get("agency").asText(), row.get("jurisdiction").asText()));
    }
    List<String> missingDigital = new ArrayList<>();
    List<String> missingScanned = new ArrayList<>();
    int scanned = 0;
    for (DocumentRecord doc : gold) {
      boolean digital = doc.pageKinds().stream().allMatch("digital"::equals);
      for (DocumentRecord.ContactRecord c : doc.contacts()) {
        String key = key(SAMPLE.resolve(doc.path()), c.agency(), c.jurisdiction());
        scanned += digital ? 0 : 1;
        if (!found.contains(key)) {
          (digital ? missingDigital : missingScanned).add(key);
        }
      }
    }
    assertThat(missingDigital).as("gold contacts of digital documents missing from foia contacts --detail").isEmpty();
    assertThat(missingScanned).as("gold contacts of the %d of scanned documents missing", scanned).isEmpty();
  }

  @Test
  void searchingAGoldCountyByNameFindsItsDocumentsInTheTopFive() throws Exception {
    List<String> misses = new ArrayList<>();
    for (DocumentRecord doc : gold) {
      for (DocumentRecord.EntityRecord e : doc.entities()) {
        if (!e.type().equals("county")) {
          continue;
        }
        String name = e.variants().get(0);
        String out = RealCorpusIngestIT.run("search", "--index", index.toString(), "--by-document", "--limit", "5", "--format", "jsonl", "\"" + name.replace("\"", "") + "\"");
        if (!out.contains(doc.path())) {
          misses.add(name + " -> " + doc.path());
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void exportCarriesEveryFieldOfTheContract() throws Exception {
    String out = RealCorpusIngestIT.run("export", "--text", "--index", index.toString());
    String[] lines = out.split("\n");
    assertThat(lines).hasSize(gold.size());
    for (String line : lines) {
      JsonNode doc = Jsonl.MAPPER.readTree(line);
      for (String field : List.of("id", "path", "pages", "status", "ocr_pages", "date", "entities", "contacts", "exemptions", "bates", "text")) {
        assertThat(doc.has(field)).as("field %s in %s", field, line.substring(0, Math.min(120, line.length()))).isTrue();
      }
      assertThat(doc.get("id").asText()).matches("[0-9a-f]{64}");
      assertThat(doc.get("text")).hasSize(doc.get("pages").asInt());
      for (JsonNode c : doc.get("contacts")) {
        assertThat(c.fieldNames()).toIterable().contains("agency", "jurisdiction", "date", "page", "kind", "snippet");
      }
      for (JsonNode e : doc.get("entities")) {
        assertThat(e.fieldNames()).toIterable().contains("id", "type", "name", "mentions", "pages");
      }
    }
  }

  private static String key(Path file, String agency, String jurisdiction) {
    return file.normalize() + " " + agency + " " + jurisdiction;
  }
}
