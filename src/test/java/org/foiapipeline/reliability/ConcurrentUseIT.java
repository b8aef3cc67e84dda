package org.foiapipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.foiapipeline.cli.Main;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.Split;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.http.Directories;
import org.foiapipeline.http.WebServer;
import org.foiapipeline.index.IndexView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Searches from the CLI (in process) and the web API run in a loop while a {@code foia ingest} child writes the
 * same index: none fails, and readers see only whole committed documents, never fewer than before.
 */
class ConcurrentUseIT {
  static final Duration LIMIT = Duration.ofMinutes(3);
  @TempDir Path work;

  @Test
  void searchesDuringAnIngestNeverFailAndSeeOnlyWholeCommittedDocuments() throws Exception {
    Path corpus = work.resolve("corpus");
    Path index = work.resolve("index");
    new CorpusGenerator(CorpusConfig.of(24, 7, 0.0, Split.ALL)).generate(corpus);
    Child ingest = Child.start(work.resolve("logs"), "ingest",
        "ingest", "--index", index.toString(), "--quiet", "--checkpoint-docs", "1", corpus.toString());
    Commits.awaitGeneration(index, 1, ingest);
    HttpClient http = HttpClient.newHttpClient();
    int rounds = 0;
    int lastRecords = 0;
    long lastHttpTotal = 0;
    int grew = 0;
    long deadline = System.nanoTime() + LIMIT.toNanos();
    try (IndexView view = IndexView.open(index);
        IndexView reader = IndexView.open(index);
        WebServer server = WebServer.start(view, Directories.standard(), Directories.names(), work, "127.0.0.1", 0)) {
      boolean last = false;
      while (!last && System.nanoTime() < deadline) {
        last = !ingest.isAlive();
        reader.refresh();
        int records = wholeRecords(reader);
        assertThat(records).as("file records seen, round " + rounds).isGreaterThanOrEqualTo(lastRecords);
        grew += records > lastRecords ? 1 : 0;
        lastRecords = records;

        assertThat(cliSearch(index)).as("foia search exit, round " + rounds).isZero();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=agreement&limit=5")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        long total = Jsonl.MAPPER.readTree(response.body()).get("total").asLong();
        assertThat(total).as("web hits, round " + rounds).isGreaterThanOrEqualTo(lastHttpTotal);
        lastHttpTotal = total;
        rounds++;
      }
    }
    assertThat(ingest.await(Duration.ofSeconds(10))).as(ingest.err()).isZero();
    assertThat(rounds).isGreaterThan(3);
    assertThat(grew).as("rounds in which more documents became visible").isGreaterThan(1);
    Measurements.append("concurrent", "rounds,rounds_with_new_documents,final_records,failures",
        String.format(Locale.ROOT, "%d,%d,%d,0", rounds, grew, lastRecords));
  }

  /** The number of file records, after checking that each has every one of its pages. */
  private static int wholeRecords(IndexView reader) throws Exception {
    var records = reader.records();
    for (DocumentRecord r : records) {
      assertThat(reader.pages(r.id())).as("pages of " + r.path()).hasSize(r.pages());
    }
    return records.size();
  }

  private static int cliSearch(Path index) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("search", "--index", index.toString(), "--format", "jsonl", "county sheriff");
    assertThat(err.toString()).isEmpty();
    return code;
  }
}
