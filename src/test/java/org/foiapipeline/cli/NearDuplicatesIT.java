package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.Split;
import org.foiapipeline.eval.DuplicateScore;
import org.foiapipeline.eval.Evaluator;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.search.CollapsedSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generated re-releases (other redactions and Bates numbers, one copy scanned, some with a cover page),
 * ingested over two runs (the documents first, their re-releases later): near-duplicates are found, searched
 * collapsed, counted once in the contact table and compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearDuplicatesIT {
  Path corpus;
  Path index;
  List<DocumentRecord> gold;

  @BeforeAll
  void generateAndIngestInTwoRuns() throws Exception {
    Path tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    corpus = tmp.resolve("corpus");
    index = tmp.resolve("index");
    new CorpusGenerator(new CorpusConfig(10, 31, 0, Split.ALL, 2, 6)).generate(corpus);
    gold = Jsonl.read(corpus.resolve("gold.jsonl"));
    List<String> first = new ArrayList<>(List.of("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200"));
    gold.stream().filter(r -> !r.path().contains("-r")).forEach(r -> first.add(corpus.resolve(r.path()).toString()));
    RealCorpusIngestIT.run(first.toArray(String[]::new));
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200",
        corpus.resolve("train").toString(), corpus.resolve("test").toString());
  }

  @Test
  void nearDuplicateRecallAndPrecisionMeetTheGoal() throws Exception {
    try (IndexView view = IndexView.open(index)) {
      DuplicateScore score = Evaluator.score(gold, view.records()).duplicates();
      assertThat(score.pairs().support()).isGreaterThan(5);
      assertThat(score.pairs().recall()).as("recall; misses %s", score.misses()).isGreaterThanOrEqualTo(0.95);
      assertThat(score.pairs().precision()).as("precision; misses %s", score.misses()).isGreaterThanOrEqualTo(0.98);
      assertThat(score.withScanned().tp()).isPositive();
    }
  }

  @Test
  void groupsStayTheSameWhenTheBatchRunsAgain() throws Exception {
    Map<String, String> before;
    try (IndexView view = IndexView.open(index)) {
      before = view.duplicateGroups();
    }
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", corpus.resolve("train").toString(),
        corpus.resolve("test").toString());
    try (IndexView view = IndexView.open(index)) {
      assertThat(view.duplicateGroups()).isNotEmpty().isEqualTo(before);
    }
  }

  @Test
  void collapsedSearchShowsOneHitPerGroupWithItsCopies() throws Exception {
    try (IndexView view = IndexView.open(index)) {
      CollapsedSearch.Result result = new CollapsedSearch(view).search("*", Filters.NONE, 100, 0);
      long groups = gold.stream().map(r -> r.duplicateGroup() == null ? r.path() : r.duplicateGroup()).distinct().count();
      assertThat(result.total()).isBetween(groups - 1, groups + 1);
      assertThat(result.hits()).anySatisfy(h -> assertThat(h.releases()).isGreaterThanOrEqualTo(2));
    }
    String out = RealCorpusIngestIT.run("search", "*", "--collapse-duplicates", "--format", "jsonl", "--index", index.toString());
    assertThat(out).contains("\"copies\":2");
  }

  @Test
  void theContactTableCountsAContactOnceAndListsItsCopies() throws Exception {
    String collapsed = RealCorpusIngestIT.run("contacts", "--detail", "--format", "jsonl", "--index", index.toString());
    String all = RealCorpusIngestIT.run("contacts", "--detail", "--format", "jsonl", "--count-copies", "--index", index.toString());
    assertThat(collapsed.lines().count()).isLessThan(all.lines().count());
    boolean copies = false;
    for (String line : collapsed.split("\n")) {
      copies |= !Jsonl.MAPPER.readTree(line).get("copies").asText().isEmpty();
    }
    assertThat(copies).isTrue();
  }

  @Test
  void diffMarksWhatOneReleaseRedactedAndTheOtherShows() throws Exception {
    int redactions = 0;
    for (DocumentRecord copy : gold) {
      if (copy.path().endsWith("-r2.pdf")) {
        String original = corpus.resolve(copy.path().replace("-r2.pdf", ".pdf")).toString();
        String json = RealCorpusIngestIT.run("diff", original, corpus.resolve(copy.path()).toString(), "--format", "json",
            "--index", index.toString());
        JsonNode diff = Jsonl.MAPPER.readTree(json);
        assertThat(diff.get("same_group").asBoolean()).as(copy.path()).isTrue();
        for (JsonNode change : diff.get("changes")) {
          redactions += change.get("kind").asText().startsWith("redacted") ? 1 : 0;
        }
      }
    }
    assertThat(redactions).isPositive();
  }
}
