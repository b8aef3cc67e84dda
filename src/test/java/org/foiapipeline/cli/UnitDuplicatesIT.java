package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.ScanQuality;
import org.foiapipeline.corpus.Split;
import org.foiapipeline.eval.DuplicateScore;
import org.foiapipeline.eval.EvalReport;
import org.foiapipeline.eval.Evaluator;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.search.CollapsedSearch;
import org.foiapipeline.search.ContactCopies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Documents released alone and again inside merged releases, and the merged releases released a second time,
 * re-redacted and scanned; ingested over two runs (the second releases later). Near-duplicates are found
 * between logical documents, searched collapsed, counted once in the contact table and compared page by page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitDuplicatesIT {
  Path corpus;
  Path index;
  List<DocumentRecord> gold;
  List<DocumentRecord> output;

  @BeforeAll
  void generateAndIngestInTwoRuns() throws Exception {
    Path tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    corpus = tmp.resolve("corpus");
    index = tmp.resolve("index");
    new CorpusGenerator(new CorpusConfig(3, 12, 0, Split.TRAIN, 2, ScanQuality.STANDARD, 0, 2, 2, 2)).generate(corpus);
    gold = Jsonl.read(corpus.resolve("gold.jsonl"));
    List<String> first = new ArrayList<>(List.of("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200"));
    gold.stream().filter(r -> !r.path().contains("-r2")).forEach(r -> first.add(corpus.resolve(r.path()).toString()));
    RealCorpusIngestIT.run(first.toArray(String[]::new));
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200", corpus.resolve("train").toString());
    try (IndexView view = IndexView.open(index)) {
      output = view.records();
    }
  }

  @Test
  void nearDuplicateLogicalDocumentsMeetTheGoal() {
    EvalReport report = Evaluator.score(gold, output);
    DuplicateScore units = report.unitDuplicates();
    assertThat(units.pairs().support()).isGreaterThan(6);
    assertThat(units.pairs().recall()).as("recall; misses %s", units.misses()).isGreaterThanOrEqualTo(0.95);
    assertThat(units.pairs().precision()).as("precision; misses %s", units.misses()).isGreaterThanOrEqualTo(0.98);
    assertThat(units.withScanned().tp()).isPositive();
    assertThat(report.duplicates().pairs().tp()).as("merged releases released twice").isEqualTo(2);
    assertThat(report.duplicates().pairs().precision()).isEqualTo(1.0);
  }

  @Test
  void aDocumentReleasedAloneSharesItsGroupWithItsPagesInsideAMergedRelease() {
    DocumentRecord alone = byPath("train/doc-000001.pdf");
    assertThat(alone.duplicateGroup()).isNotNull();
    assertThat(byPath("train/release-000001.pdf").logicalDocuments()).extracting(LogicalRecord::duplicateGroup)
        .contains(alone.duplicateGroup());
    assertThat(byPath("train/release-000001-r2.pdf").logicalDocuments()).extracting(LogicalRecord::duplicateGroup)
        .contains(alone.duplicateGroup());
  }

  @Test
  void collapsedSearchAndTheContactTableFoldTheCopiesInsideMergedReleases() throws Exception {
    try (IndexView view = IndexView.open(index)) {
      CollapsedSearch.Result result = new CollapsedSearch(view).search("*", Filters.NONE, 100, 0);
      assertThat(result.hits()).anySatisfy(h -> {
        assertThat(h.releases()).isGreaterThanOrEqualTo(3);
        assertThat(h.copies()).anySatisfy(c -> assertThat(c.path()).contains("release-"));
      });
      List<ContactCopies.Counted> counted = ContactCopies.collapse(view.contacts(Filters.NONE), view.duplicateUnits());
      assertThat(counted).anySatisfy(c -> {
        assertThat(c.contact().path()).contains("doc-");
        assertThat(c.copies()).anySatisfy(copy -> assertThat(copy.path()).contains("release-"));
      });
      assertThat(counted.size()).isLessThan(view.contacts(Filters.NONE).size());
    }
  }

  @Test
  void diffComparesADocumentWithItsPagesInsideAMergedReleaseAndAPageListsItsCopies() throws Exception {
    DocumentRecord alone = byPath("train/doc-000001.pdf");
    DocumentRecord release = byPath("train/release-000001-r2.pdf");
    LogicalRecord inside = release.logicalDocuments().stream()
        .filter(l -> alone.duplicateGroup().equals(l.duplicateGroup())).findFirst().orElseThrow();
    String range = release.id() + ":" + inside.start() + "-" + inside.end();
    JsonNode diff = Jsonl.MAPPER.readTree(RealCorpusIngestIT.run("diff", alone.path(), range,
        "--format", "json", "--index", index.toString()));
    assertThat(diff.get("same_group").asBoolean()).isTrue();
    assertThat(diff.get("pages").get(0).get("first").asInt()).isEqualTo(1);
    assertThat(diff.get("pages").get(0).get("second").asInt()).isEqualTo(inside.start());
    assertThat(diff.get("changes").toString()).contains("redacted");
    String copies = RealCorpusIngestIT.run("diff", alone.id(), "--page", "1", "--index",
        index.toString());
    assertThat(copies).contains("release-000001.pdf p." + inside.start(), "release-000001-r2.pdf p." + inside.start());
  }

  private DocumentRecord byPath(String suffix) {
    return output.stream().filter(r -> r.path().replace('\\', '/').endsWith(suffix)).findFirst().orElseThrow();
  }
}
