package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.search.BatchLookup;
import org.foiapipeline.search.LookupRow;
import org.foiapipeline.search.NameResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * {@code foia lookup --batch} over the sample release (text layers only, so it runs in seconds): the gold
 * jurisdictions written the ways reporters write them, misspelt, ambiguous and absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLookupIT {
  static final Path SAMPLE = Path.of("corpus/sample");
  Path tmp;
  Path index;
  List<DocumentRecord> gold;
  /** Name as written → the gold id it must resolve to. */
  final Map<List<String>, String> expected = new LinkedHashMap<>();

  @BeforeAll
  void ingest() throws Exception {
    tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    index = tmp.resolve("index");
    gold = Jsonl.read(SAMPLE.resolve("gold.jsonl"));
    RealCorpusIngestIT.run("ingest", "--index", index.toString(), "--quiet", "--ocr", "never",
        SAMPLE.resolve("train").toString(), SAMPLE.resolve("test").toString());
    for (DocumentRecord doc : gold) {
      for (DocumentRecord.EntityRecord e : doc.entities()) {
        names(e).forEach(n -> expected.put(n, e.id()));
      }
    }
  }

  /** The ways a reporter's list writes a gold entity: name, state (empty when none). */
  private static List<List<String>> names(DocumentRecord.EntityRecord e) {
    if (e.type().equals("agency")) {
      return List.of(List.of(e.name(), ""));
    }
    int comma = e.name().lastIndexOf(", ");
    if (comma < 0 || !(e.type().equals("county") || e.type().equals("place"))) {
      return List.of();
    }
    String base = e.name().substring(0, comma);
    String st = e.name().substring(comma + 2);
    if (e.type().equals("place")) {
      return List.of(List.of(base + " Police Department", st));
    }
    if (!base.endsWith(" County")) {
      return List.of(List.of(base + ", " + st, ""), List.of("Sheriff of " + base + " " + st, ""));
    }
    String bare = base.replace(" County", "");
    return List.of(
        List.of(bare + " Co. Sheriff's Office", st),
        List.of("Sheriff of " + base + " " + st, ""),
        List.of(base + ", " + st, ""),
        List.of(bare + " Cuonty Sherrif", st));
  }

  @Test
  void everyGoldJurisdictionAsReportersWriteItResolvesToItsId() throws Exception {
    Path csv = tmp.resolve("names.csv");
    StringBuilder sb = new StringBuilder("name,state\n");
    expected.keySet().forEach(n -> sb.append(quote(n.get(0))).append(',').append(n.get(1)).append('\n'));
    Files.writeString(csv, sb, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.csv");
    RealCorpusIngestIT.run("lookup", "--index", index.toString(), "--batch", csv.toString(), "--format", "csv",
        "--out", out.toString());
    List<CSVRecord> rows = readCsv(out);
    assertThat(rows).hasSize(expected.size());
    List<String> wrong = new ArrayList<>();
    int i = 0;
    for (Map.Entry<List<String>, String> e : expected.entrySet()) {
      CSVRecord r = rows.get(i++);
      if (!r.get("id").equals(e.getValue())) {
        wrong.add(e.getKey() + " -> " + r.get("status") + " " + r.get("id") + " (" + r.get("reason") + ")");
      }
    }
    assertThat(expected.size()).isGreaterThan(300);
    assertThat(wrong).isEmpty();
  }

  @Test
  void aGoldCountyListsTheDigitalDocumentsThatMentionIt() throws Exception {
    List<BatchLookup.Query> queries = new ArrayList<>();
    List<String[]> wanted = new ArrayList<>();
    for (DocumentRecord doc : gold) {
      if (!doc.pageKinds().stream().allMatch("digital"::equals)) {
        continue;
      }
      for (DocumentRecord.EntityRecord e : doc.entities()) {
        if (e.type().equals("county")) {
          queries.add(new BatchLookup.Query(e.id(), ""));
          wanted.add(new String[] {e.id(), doc.id()});
        }
      }
    }
    try (IndexView view = IndexView.open(index)) {
      List<LookupRow> rows = new BatchLookup(view, NameResolver.standard(), 1_000).lookup(queries);
      List<String> misses = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        String doc = wanted.get(i)[1];
        if (rows.get(i).documentRefs().stream().noneMatch(d -> d.id().equals(doc))) {
          misses.add(wanted.get(i)[0] + " in " + doc);
        }
      }
      assertThat(misses).as("gold county mentions of digital documents the lookup does not list").isEmpty();
    }
  }

  @Test
  void threeHundredNamesAreLookedUpInUnderTwoSeconds() throws Exception {
    List<BatchLookup.Query> queries = new ArrayList<>();
    expected.keySet().stream().limit(300).forEach(n -> queries.add(new BatchLookup.Query(n.get(0), n.get(1))));
    NameResolver resolver = NameResolver.standard();
    try (IndexView view = IndexView.open(index)) {
      new BatchLookup(view, resolver, 20).lookup(queries); // loads the gazetteer and warms the code up
      long start = System.nanoTime();
      List<LookupRow> rows = new BatchLookup(view, resolver, 20).lookup(queries);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(rows).hasSize(300);
      assertThat(seconds).as("seconds for 300 names").isLessThan(2.0);
    }
  }

  @Test
  void ambiguousAndAbsentNamesSayWhyWithTheCandidatesByState() throws Exception {
    String out = RealCorpusIngestIT.run("lookup", "--index", index.toString(), "--format", "jsonl",
        "Washington County", "Nowhere County, TX", "Gotham City PD", "ERO Houston");
    List<LookupRow> rows = out.lines().map(l -> read(l)).toList();
    assertThat(rows.get(0).status()).isEqualTo("ambiguous");
    assertThat(rows.get(0).candidates()).extracting(LookupRow.Candidate::state).contains("MN", "TX", "OR");
    assertThat(rows.get(0).candidates().stream().filter(c -> c.id().equals("county:27163")).findFirst().orElseThrow().documents())
        .isPositive();
    assertThat(rows.get(1).status()).isEqualTo("not found");
    assertThat(rows.get(1).reason()).isNotBlank();
    assertThat(rows.get(2).status()).isEqualTo("not found");
    assertThat(rows.get(2).reason()).contains("state");
    assertThat(rows.get(3).id()).isEqualTo("agency:ice");
    assertThat(rows.get(3).contacts()).isPositive();
    assertThat(rows.get(3).firstContact()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void aBrokenCsvIsABadUsageErrorNamingTheFile() throws Exception {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "name,state\n\"Harris County, TX,TX\nDakota County,NE\n");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("lookup", "--index", index.toString(), "--batch", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(bad.toString()).contains("quote").doesNotContain("Exception");
    assertThat(cli.execute("lookup", "--index", index.toString(), "--batch", tmp.resolve("missing.csv").toString()))
        .isEqualTo(2);
  }

  private static LookupRow read(String json) {
    try {
      return Jsonl.MAPPER.readValue(json, LookupRow.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<CSVRecord> readCsv(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"name\"");
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    return format.parse(new java.io.StringReader(text.substring(1))).getRecords();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
