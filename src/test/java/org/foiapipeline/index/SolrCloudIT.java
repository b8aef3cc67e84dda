package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.foiapipeline.cli.Main;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import picocli.CommandLine;

/**
 * The same commands on a SolrCloud collection (Solr's test cluster: 2 nodes, 2 shards, 2 replicas) give the
 * same answers as on the embedded index, and an ingest that loses a node finishes or fails clearly, with
 * nothing lost or duplicated after a rerun.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIT {
  static final Path SAMPLE = Path.of("corpus/sample");
  static final List<String> QUERIES =
      List.of("sheriff", "\"county sheriff\"", "287(g) AND agreement", "training OR meeting", "*", "immigr*", "sherif~1",
          "Immigr*", "Sherif~1", "redacted_b6", "redacted_b7c AND \"direct line\"", "\"line is redacted\"", "redacted");

  Path tmp;
  Path lucene;
  SolrTestCluster cluster;

  @BeforeAll
  void ingestTheSampleIntoBoth() throws Exception {
    tmp = Files.createTempDirectory(Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    lucene = tmp.resolve("lucene");
    CompletableFuture<SolrTestCluster> starting = CompletableFuture.supplyAsync(() -> {
      try {
        return SolrTestCluster.start(tmp.resolve("solr"), 2);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    String[] inputs = {SAMPLE.resolve("train").toString(), SAMPLE.resolve("test").toString()};
    // OCR is the same code whichever index the pages go to, and minutes of CPU here: the scanned documents stay
    // empty on both sides.
    run(concat(List.of("ingest", "--index", lucene.toString(), "--quiet", "--ocr", "never"), inputs));
    cluster = starting.get(5, TimeUnit.MINUTES);
    run("solr", "init", "--solr", cluster.zkHost(), "--collection", "sample", "--shards", "2", "--replicas", "2");
    List<String> ingest = concat(List.of("ingest", "--index", tmp.resolve("work").toString(), "--quiet", "--ocr", "never"), inputs);
    ingest.addAll(solr("sample"));
    run(ingest);
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void searchGivesTheSameHitsScoresOrderAndSnippets() throws Exception {
    for (String query : QUERIES) {
      for (List<String> mode : List.of(List.<String>of(), List.of("--by-document"), List.of("--state", "TX"))) {
        List<String> args = new ArrayList<>(List.of("search", "--format", "jsonl", "--limit", "1000"));
        args.addAll(mode);
        args.add(query);
        boolean byDocument = mode.contains("--by-document");
        String embedded = hits(run(concat(args, "--index", lucene.toString())), byDocument);
        String cloud = hits(run(concat(args, solr("sample").toArray(String[]::new))), byDocument);
        assertThat(cloud).as("foia %s", String.join(" ", args)).isEqualTo(embedded);
        if (mode.isEmpty()) {
          assertThat(embedded).as("hits of foia %s", String.join(" ", args)).isNotEmpty();
        }
      }
    }
  }

  @Test
  @Order(1)
  void aPhraseNeverBridgesARedactionBoxInTheCollection() throws Exception {
    List<String[]> bridges = bridgingPhrases(run("export", "--text", "--index", lucene.toString()), 5);
    assertThat(bridges).hasSize(5);
    for (String[] bridge : bridges) {
      String phrase = "\"" + bridge[0] + "\"";
      String embedded = run("search", "--format", "jsonl", "--limit", "1000", phrase, "--index", lucene.toString());
      String cloud = run(concat(List.of("search", "--format", "jsonl", "--limit", "1000", phrase), solr("sample").toArray(String[]::new)));
      assertThat(hits(cloud, false)).as("foia search %s", phrase).isEqualTo(hits(embedded, false));
      assertThat(pages(cloud)).as("pages found by %s", phrase).doesNotContain(bridge[1]);
    }
  }

  @Test
  @Order(1)
  void theFirstPagesOfARedactionTokenSearchAreTheSameInTheSameOrder() throws Exception {
    try (IndexReaderPort embedded = IndexView.open(lucene);
        IndexReaderPort cloud = SolrIndexView.open(cluster.zkHost(), "sample")) {
      SearchResult local = embedded.search("redacted_b6 OR redacted_b7c", Filters.NONE, 20, 0, false);
      SearchResult remote = cloud.search("redacted_b6 OR redacted_b7c", Filters.NONE, 20, 0, false);
      assertThat(remote.total()).isEqualTo(local.total()).isPositive();
      assertThat(remote.hits().stream().map(h -> String.format(Locale.ROOT, "%.4e", h.score())).toList())
          .isEqualTo(local.hits().stream().map(h -> String.format(Locale.ROOT, "%.4e", h.score())).toList());
      assertThat(remote.hits().get(0).snippet()).isEqualTo(local.hits().get(0).snippet()).contains("<b>");
    }
  }

  @Test
  @Order(1)
  void facetsCountTheSame() throws Exception {
    try (IndexReaderPort embedded = IndexView.open(lucene);
        IndexReaderPort cloud = SolrIndexView.open(cluster.zkHost(), "sample")) {
      assertThat(cloud.facets(Filters.NONE)).isEqualTo(embedded.facets(Filters.NONE)).isNotEmpty();
      assertThat(cloud.search("sheriff", Filters.NONE, 5, 0, false).facets())
          .isEqualTo(embedded.search("sheriff", Filters.NONE, 5, 0, false).facets());
      assertThat(cloud.counts()).isEqualTo(embedded.counts());
      assertThat(cloud.ledger().keySet()).isEqualTo(embedded.ledger().keySet());
    }
  }

  @Test
  @Order(1)
  void contactsEntityAndExportPrintTheSame() throws Exception {
    List<List<String>> commands =
        List.of(
            List.of("contacts"), List.of("contacts", "--detail", "--format", "jsonl"), List.of("contacts", "--format", "csv"),
            List.of("contacts", "--state", "TX", "--detail", "--format", "jsonl"),
            List.of("export", "--text"), List.of("entity", "ICE", "--format", "json"), List.of("entity", "ICE"));
    for (List<String> command : commands) {
      String embedded = run(concat(command, "--index", lucene.toString()));
      String cloud = run(concat(command, solr("sample").toArray(String[]::new)));
      assertThat(cloud).as("foia %s", String.join(" ", command)).isEqualTo(embedded).isNotBlank();
    }
    for (String county : firstCounties(5)) {
      String embedded = run("entity", county, "--format", "json", "--index", lucene.toString());
      assertThat(run(concat(List.of("entity", county, "--format", "json"), solr("sample").toArray(String[]::new))))
          .as("foia entity %s", county).isEqualTo(embedded);
    }
  }

  @Test
  @Order(2)
  void initAgainReloadsTheCollectionAndReingestIsANoOp() throws Exception {
    List<String> search = concat(List.of("search", "--format", "jsonl", "redacted_b6"), solr("sample").toArray(String[]::new));
    String before = hits(run(search), false);
    assertThat(run("solr", "init", "--solr", cluster.zkHost(), "--collection", "sample", "--shards", "2", "--replicas", "2"))
        .contains("reloaded");
    assertThat(hits(run(search), false)).isEqualTo(before).isNotBlank();
    String out = run(concat(List.of("ingest", "--index", tmp.resolve("work").toString(), "--quiet", "--format", "json",
        "--ocr", "never", SAMPLE.resolve("train").toString(), SAMPLE.resolve("test").toString()),
        solr("sample").toArray(String[]::new)));
    JsonNode report = Jsonl.MAPPER.readTree(out).get("report");
    assertThat(report.get("duplicates").asInt()).isZero();
    assertThat(report.get("by_status") == null ? report.get("byStatus") : report.get("by_status")).isEmpty();
  }

  @Test
  @Order(2)
  void nearDuplicateCopiesAreGroupedCollapsedAndCountedOnceAsInTheEmbeddedIndex() throws Exception {
    Path corpus = tmp.resolve("copies");
    run("corpus", "generate", "--out", corpus.toString(), "--docs", "12", "--seed", "31", "--scanned-ratio", "0",
        "--rereleases", "5");
    Files.move(corpus.resolve("gold.jsonl"), tmp.resolve("copies-gold.jsonl"));
    Path local = tmp.resolve("copies-lucene");
    run("ingest", "--index", local.toString(), "--quiet", "--ocr", "never", corpus.toString());
    run("solr", "init", "--solr", cluster.zkHost(), "--collection", "copies", "--shards", "2", "--replicas", "2");
    run(concat(List.of("ingest", "--index", tmp.resolve("work-copies").toString(), "--quiet", "--ocr", "never",
        corpus.toString()), solr("copies").toArray(String[]::new)));
    try (IndexReaderPort embedded = IndexView.open(local);
        IndexReaderPort cloud = SolrIndexView.open(cluster.zkHost(), "copies")) {
      assertThat(cloud.duplicateGroups()).isEqualTo(embedded.duplicateGroups()).isNotEmpty();
    }
    for (String query : List.of("*", "training OR meeting OR agreement")) {
      List<String> search = List.of("search", query, "--collapse-duplicates", "--format", "jsonl", "--limit", "1000");
      String expected = collapsedGroups(run(concat(search, "--index", local.toString())));
      assertThat(collapsedGroups(run(concat(search, solr("copies").toArray(String[]::new)))))
          .as("foia %s", String.join(" ", search)).isEqualTo(expected).contains("copies 2");
    }
    List<List<String>> commands = List.of(
        List.of("contacts"), List.of("contacts", "--detail", "--format", "jsonl"), List.of("export"));
    for (List<String> command : commands) {
      String expected = run(concat(command, "--index", local.toString()));
      assertThat(run(concat(command, solr("copies").toArray(String[]::new))))
          .as("foia %s", String.join(" ", command)).isEqualTo(expected).isNotBlank();
    }
    assertThat(run("contacts", "--format", "csv", "--index", local.toString()))
        .isNotEqualTo(run("contacts", "--format", "csv", "--count-copies", "--index", local.toString()));
  }

  @Test
  @Order(2)
  void aCollectionMadeByTheOlderConfigsetKeepsItsSchemaAndStillTakesIngests() throws Exception {
    try (SolrConnection solr = SolrConnection.open(cluster.zkHost(), "older")) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName("foia-pipeline").setOverwrite(true);
      upload.setUploadStream(new ContentStreamBase.ByteArrayStream(olderConfigset(), "older.zip", "application/zip"));
      upload.process(solr.client());
      CollectionAdminRequest.createCollection("older", "foia-pipeline", 1, 1).process(solr.client());
    }
    String init = run("solr", "init", "--solr", cluster.zkHost(), "--collection", "older", "--shards", "1", "--replicas", "1");
    assertThat(init).contains("made by an older foia");
    run(concat(List.of("ingest", "--index", tmp.resolve("work-older").toString(), "--quiet", "--ocr", "never",
        SAMPLE.resolve("test").toString()), solr("older").toArray(String[]::new)));
    List<String> older = solr("older");
    assertThat(run(concat(List.of("search", "--format", "jsonl", "Immigr*"), older.toArray(String[]::new)))).contains("<b>");
    assertThat(run(concat(List.of("search", "--format", "jsonl", "sheriff"), older.toArray(String[]::new)))).isNotBlank();
    assertThat(run(concat(List.of("search", "--format", "jsonl", "redacted_b6"), older.toArray(String[]::new)))).isBlank();
  }

  /** The configset as foia solr init shipped it before page text was pre-analysed and signatures were stored. */
  private static byte[] olderConfigset() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (String file : List.of("schema.xml", "solrconfig.xml")) {
        String text;
        try (var in = SolrSetup.class.getResourceAsStream("/org/foiapipeline/index/solr/" + file)) {
          text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (file.equals("schema.xml")) {
          text = text.replace("type=\"text_foia_tokens\"", "type=\"text_foia\"").replaceAll("<dynamicField name=\"\\*__b\"[^>]*>", "");
          assertThat(text).doesNotContain("*__b\"").contains("name=\"text\" type=\"text_foia\"");
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(file));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  @Order(3)
  void aNodeStoppedDuringAnIngestLosesAndDuplicatesNothingAfterARerun() throws Exception {
    Path corpus = tmp.resolve("digital");
    run("corpus", "generate", "--out", corpus.toString(), "--docs", "40", "--seed", "9", "--scanned-ratio", "0");
    // The gold file is read, then moved out of the way: only the PDFs are the release.
    List<JsonNode> gold = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("gold.jsonl"))) {
      gold.add(Jsonl.MAPPER.readTree(line));
    }
    Files.move(corpus.resolve("gold.jsonl"), tmp.resolve("digital-gold.jsonl"));
    run("solr", "init", "--solr", cluster.zkHost(), "--collection", "failover", "--shards", "2", "--replicas", "2");
    List<String> ingest = concat(List.of("ingest", "--index", tmp.resolve("work-failover").toString(), "--quiet",
        "--threads", "2", "--checkpoint-docs", "4", corpus.toString()), solr("failover").toArray(String[]::new));
    CompletableFuture<Result> first = CompletableFuture.supplyAsync(() -> execute(ingest));
    try (IndexReaderPort cloud = SolrIndexView.open(cluster.zkHost(), "failover")) {
      while (!first.isDone() && cloud.counts().get(Schema.KIND_LEDGER) < 8) {
        Thread.sleep(200);
      }
      assertThat(first.isDone()).as("the ingest was still running when the node stopped").isFalse();
      cluster.stopNode(1);
      Result result = first.get(5, TimeUnit.MINUTES);
      assertThat(result.code == 0 || result.err.contains("Solr collection failover") && result.err.contains("run foia ingest again"))
          .as("exit %d, stderr %s", result.code, result.err).isTrue();
      run(ingest);
      int pages = gold.stream().mapToInt(g -> g.get("pages").asInt()).sum();
      var counts = cloud.counts();
      var records = cloud.records();
      assertThat(records).hasSize(gold.size());
      assertThat(records.stream().map(r -> r.id()).distinct()).hasSize(gold.size());
      assertThat(counts.get(Schema.KIND_PAGE)).isEqualTo(pages);
      assertThat(counts.get(Schema.KIND_LEDGER)).isEqualTo(gold.size());
      assertThat(counts.get(Schema.KIND_CONTACT)).isEqualTo(records.stream().mapToInt(r -> r.contacts().size()).sum());
      assertThat(cloud.search("*", Filters.NONE, 1, 0, true).total()).isEqualTo(gold.size());
    }
  }

  private List<String> firstCounties(int n) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(SAMPLE.resolve("gold.jsonl"))) {
      for (JsonNode e : Jsonl.MAPPER.readTree(line).get("entities")) {
        String id = e.get("id").asText();
        if (id.startsWith("county:") && !ids.contains(id) && ids.size() < n) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * The hits in rank order, each with its score to 5 digits and its snippet; hits of equal score are sorted
   * among themselves, as the engines break ties by their own document order. By document, the page shown for
   * a document is left out: pages of one document with equal scores are equally good.
   */
  private static String hits(String jsonl, boolean byDocument) throws Exception {
    List<String> lines = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    String score = null;
    for (String line : jsonl.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode hit = Jsonl.MAPPER.readTree(line);
      String rounded = String.format(Locale.ROOT, "%.4e", hit.get("score").asDouble());
      if (!rounded.equals(score)) {
        tied.sort(null);
        lines.addAll(tied);
        tied.clear();
        score = rounded;
      }
      tied.add(byDocument
          ? String.format(Locale.ROOT, "%s %s %s", rounded, hit.get("id").asText(), hit.get("path").asText())
          : String.format(Locale.ROOT, "%s %s %s#%d %s", rounded, hit.get("id").asText(), hit.get("path").asText(),
              hit.get("page").asInt(), hit.get("snippet").asText()));
    }
    tied.sort(null);
    lines.addAll(tied);
    return String.join("\n", lines);
  }

  /**
   * The groups of a collapsed search, sorted: each hit's own and its copies' document ids, sorted, with the
   * number of releases. Which copy heads a group of equally scored copies is the engine's tie order.
   */
  private static String collapsedGroups(String jsonl) throws Exception {
    List<String> groups = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        JsonNode hit = Jsonl.MAPPER.readTree(line);
        List<String> ids = new ArrayList<>(List.of(hit.get("id").asText()));
        hit.get("copy_ids").forEach(id -> ids.add(id.asText()));
        ids.sort(null);
        groups.add("copies " + hit.get("copies").asInt() + " " + String.join(",", ids));
      }
    }
    groups.sort(null);
    return String.join("\n", groups);
  }

  /** "id#page" of every hit. */
  private static Set<String> pages(String jsonl) throws Exception {
    Set<String> pages = new java.util.HashSet<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        JsonNode hit = Jsonl.MAPPER.readTree(line);
        pages.add(hit.get("id").asText() + "#" + hit.get("page").asInt());
      }
    }
    return pages;
  }

  /**
   * Up to {@code n} phrases of two words that stand on either side of a placed redaction box in the exported
   * text (the word before the box, the first word after it, nothing but spaces and punctuation between them),
   * found once on their page, each with the "id#page" it bridges on.
   */
  private static List<String[]> bridgingPhrases(String exportJsonl, int n) throws Exception {
    List<String[]> out = new ArrayList<>();
    Pattern before = Pattern.compile("([A-Za-z]+)[^A-Za-z0-9]*$");
    Pattern after = Pattern.compile("^[^A-Za-z0-9]*([A-Za-z]+)");
    for (String line : exportJsonl.split("\n")) {
      JsonNode doc = line.isBlank() ? null : Jsonl.MAPPER.readTree(line);
      for (JsonNode box : doc == null ? List.<JsonNode>of() : doc.path("redactions")) {
        if (out.size() == n || !box.path("offset").isInt()) {
          continue;
        }
        String text = doc.get("text").get(box.get("page").asInt() - 1).asText();
        int at = box.get("offset").asInt();
        Matcher left = before.matcher(text.substring(0, at));
        Matcher right = after.matcher(text.substring(at));
        if (left.find() && right.find()) {
          String w1 = left.group(1);
          String w2 = right.group(1);
          Matcher again = Pattern.compile("(?i)\\b" + w1 + "[^A-Za-z0-9]+" + w2 + "\\b").matcher(text);
          if (again.results().count() == 1) {
            out.add(new String[] {w1 + " " + w2, doc.get("id").asText() + "#" + box.get("page").asInt()});
          }
        }
      }
    }
    return out;
  }

  private List<String> solr(String collection) {
    return List.of("--solr", cluster.zkHost(), "--collection", collection);
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  record Result(int code, String out, String err) {}

  private static Result execute(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  private static String run(List<String> args) {
    Result r = execute(args);
    assertThat(r.code).as("exit code of foia %s; stderr: %s", String.join(" ", args), r.err).isZero();
    return r.out;
  }

  private static String run(String... args) {
    return run(List.of(args));
  }
}
