package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.index.PageView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * The 40 real 287(g) agreements of corpus/real, ingested once through {@code foia ingest} (OCR at 200 dpi,
 * which reads these scans as well as 300 dpi in two-thirds of the time), then checked against labels.csv.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusIngestIT {
  static final Path REAL = Path.of("corpus/real");
  Path tmp;
  Path index;
  List<CSVRecord> labels;
  String firstRunOutput;

  @BeforeAll
  void ingestOnce() throws Exception {
    tmp = java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(Path.of("target/it")), getClass().getSimpleName());
    index = tmp.resolve("index");
    try (Reader in = Files.newBufferedReader(REAL.resolve("labels.csv"), StandardCharsets.UTF_8)) {
      labels = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    firstRunOutput = run("ingest", "--index", index.toString(), "--quiet", "--ocr-dpi", "200", REAL.resolve("pdf").toString());
  }

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    assertThat(code).as("exit code of foia %s; stderr: %s", String.join(" ", args), err).isZero();
    return out.toString();
  }

  @Test
  void everyAgreementIngestsOkOrPartialWithEveryPage() throws Exception {
    try (IndexView view = IndexView.open(index)) {
      Map<String, LedgerEntry> ledger = view.ledger();
      assertThat(ledger).hasSize(40);
      assertThat(ledger.values()).allSatisfy(row -> assertThat(row.status().label()).isIn("ok", "partial"));
      int labelledPages = labels.stream().mapToInt(r -> Integer.parseInt(r.get("pages"))).sum();
      assertThat(view.counts().get("page")).isEqualTo(labelledPages);
    }
  }

  @Test
  void scannedAgreementsAreReadByOcrAndNameTheirJurisdiction() throws Exception {
    List<String> misses = new ArrayList<>();
    int scanned = 0;
    try (IndexView view = IndexView.open(index)) {
      Map<String, String> ids = idsByFile(view);
      for (CSVRecord label : labels) {
        if (!List.of("none", "ocr").contains(label.get("text_layer"))) {
          continue;
        }
        scanned++;
        List<PageView> pages = view.pages(ids.get(label.get("file")));
        if (label.get("text_layer").equals("none")) {
          assertThat(pages).as("pages of %s read by our OCR", label.get("file")).anyMatch(p -> p.source().equals("scanned"));
        }
        // Scans that came with an OCR layer keep it when it reads well; either way this is OCR text.
        String ocrText = String.join("\n", pages.stream().map(PageView::text).toList());
        if (!ocrText.toLowerCase(Locale.ROOT).contains(jurisdictionWord(label))) {
          misses.add(label.get("file") + " lacks \"" + jurisdictionWord(label) + "\"");
        }
      }
    }
    assertThat(scanned).isEqualTo(22);
    assertThat(1.0 - misses.size() / (double) scanned).as("files whose OCR names the jurisdiction; misses %s", misses).isGreaterThanOrEqualTo(0.90);
  }

  /**
   * The goal is 95%; what stands between is agreements whose text names no state at all (Grayson KY, Rusk
   * TX, Portage OH): their county names exist in several states and the resolver does not guess. This
   * holds the measured level (32 of 36) so that it cannot slip; docs/QUALITY.md lists the misses.
   */
  @Test
  void theLabelledJurisdictionIsResolvedInMostFiles() throws Exception {
    List<String> misses = new ArrayList<>();
    int local = 0;
    try (IndexView view = IndexView.open(index)) {
      Map<String, DocumentRecord> records = new HashMap<>();
      view.records().forEach(r -> records.put(Path.of(r.path()).getFileName().toString(), r));
      for (CSVRecord label : labels) {
        String expected = expectedId(label);
        if (expected.isEmpty()) {
          continue;
        }
        local++;
        List<String> found = records.get(label.get("file")).entities().stream().map(DocumentRecord.EntityRecord::id).toList();
        if (!found.contains(expected)) {
          misses.add(label.get("file") + " lacks " + expected);
        }
      }
    }
    assertThat(local).isEqualTo(36);
    System.out.printf("labelled jurisdiction resolved in %d of %d files; misses %s%n", local - misses.size(), local, misses);
    assertThat(1.0 - misses.size() / (double) local).as("files resolving their jurisdiction; misses %s", misses).isGreaterThanOrEqualTo(32 / 36.0);
  }

  @Test
  void aSecondRunSkipsEveryFileAndExtractsNothing() throws Exception {
    String second = run("ingest", "--index", index.toString(), "--quiet", "--format", "json", REAL.resolve("pdf").toString());
    assertThat(second).contains("\"skipped\":40").contains("\"pages\":0");
    try (IndexView view = IndexView.open(index)) {
      int labelledPages = labels.stream().mapToInt(r -> Integer.parseInt(r.get("pages"))).sum();
      assertThat(view.counts().get("page")).isEqualTo(labelledPages);
      assertThat(view.counts().get("file")).isEqualTo(40);
    }
  }

  private static Map<String, String> idsByFile(IndexView view) throws Exception {
    Map<String, String> ids = new HashMap<>();
    view.records().forEach(r -> ids.put(Path.of(r.path()).getFileName().toString(), r.id()));
    return ids;
  }

  /** The county's or city's own name; for state agencies the state's name. */
  static String jurisdictionWord(CSVRecord label) {
    String county = label.get("county");
    if (!county.isEmpty()) {
      return county.replace(" County", "").toLowerCase(Locale.ROOT);
    }
    String agency = label.get("agency");
    if (agency.endsWith("Police Department")) {
      return agency.replace(" Police Department", "").toLowerCase(Locale.ROOT);
    }
    return STATE_NAMES.getOrDefault(label.get("state"), label.get("state")).toLowerCase(Locale.ROOT);
  }

  static String expectedId(CSVRecord label) {
    if (!label.get("county_fips").isEmpty()) {
      return "county:" + label.get("county_fips");
    }
    String agency = label.get("agency");
    if (agency.endsWith("Police Department")) {
      return "place:" + label.get("state") + ":" + agency.replace(" Police Department", "").toLowerCase(Locale.ROOT).replace(' ', '-');
    }
    return "";
  }

  static final Map<String, String> STATE_NAMES = Map.of("GA", "Georgia", "OK", "Oklahoma", "TX", "Texas", "VA", "Virginia");
}
