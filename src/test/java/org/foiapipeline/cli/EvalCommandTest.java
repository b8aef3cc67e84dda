package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void textReportListsMetricsAndMisses() throws IOException {
    Path gold = write("gold.jsonl", record("county:48249", "Jim Wells County", "kitten"));
    Path export = write("export.jsonl", record("county:27037", "Dakota County", "sitting"));

    int code = run("--gold", gold.toString(), "--export", export.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("1 matched (1 by id")
        .containsPattern("overall\\s+county\\s+1\\s+1\\s+0\\s+1\\s+1\\s+0\\.000\\s+0\\.000\\s+0\\.000")
        .contains("a.pdf: county:48249 (Jim Wells County)")
        .contains("a.pdf: county:27037 (Dakota County)")
        .containsPattern("gold page\\s+scanned\\s+1\\s+6\\s+3\\s+0\\.500");
  }

  @Test
  void jsonReportCarriesTheSameNumbers() throws IOException {
    Path gold = write("gold.jsonl", record("county:48249", "Jim Wells County", "kitten"));
    Path export = write("export.jsonl", record("county:48249", "Jim Wells County", "sitting"));

    int code = run("--gold", gold.toString(), "--export", export.toString(), "--format", "json");

    assertThat(code).isZero();
    JsonNode report = Jsonl.MAPPER.readTree(out.toString());
    assertThat(report.at("/entities/county/f1").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/contacts/pairs/recall").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/ocr/byPageKind/scanned/cer").asDouble()).isEqualTo(0.5);
    assertThat(report.at("/documents/matched").asInt()).isEqualTo(1);
  }

  @Test
  void missingGoldFileIsBadUsageNamingTheFile() {
    Path missing = dir.resolve("nope.jsonl");

    int code = run("--gold", missing.toString(), "--export", missing.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("gold file not found").contains("nope.jsonl");
  }

  @Test
  void malformedExportIsBadUsageNamingTheLine() throws IOException {
    Path gold = write("gold.jsonl", record("county:48249", "Jim Wells County", "kitten"));
    Path export = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"a1\"}\nnot json\n");

    int code = run("--gold", gold.toString(), "--export", export.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("bad.jsonl:2");
  }

  @Test
  void indexIsReadThroughTheWiredSource() throws IOException {
    Path gold = write("gold.jsonl", record("county:48249", "Jim Wells County", "kitten"));
    Path index = Files.createDirectory(dir.resolve("index"));
    DocumentRecord indexed = record("county:48249", "Jim Wells County", "kitten");
    CommandLine cli = cli(new EvalCommand(path -> () -> List.of(indexed)));

    int code = cli.execute("--gold", gold.toString(), "--index", index.toString(), "--format", "json");

    assertThat(code).isZero();
    assertThat(Jsonl.MAPPER.readTree(out.toString()).at("/entities/all/f1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void exportAndIndexTogetherIsBadUsage() {
    int code = run("--gold", "g.jsonl", "--export", "e.jsonl", "--index", "dir");

    assertThat(code).isEqualTo(2);
  }

  @Test
  void unknownFormatIsBadUsage() throws IOException {
    Path gold = write("gold.jsonl", record("county:48249", "Jim Wells County", "kitten"));

    assertThat(run("--gold", gold.toString(), "--export", gold.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format");
  }

  private int run(String... args) {
    return cli(new EvalCommand()).execute(args);
  }

  private CommandLine cli(EvalCommand command) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }

  private Path write(String name, DocumentRecord... records) throws IOException {
    Path file = dir.resolve(name);
    try (Writer writer = Files.newBufferedWriter(file)) {
      for (DocumentRecord record : records) {
        Jsonl.write(writer, record);
      }
    }
    return file;
  }

  private static DocumentRecord record(String county, String name, String text) {
    return new DocumentRecord(
        "a1",
        "release/a.pdf",
        1,
        "ok",
        1,
        "2019-03-01",
        List.of(new EntityRecord(county, "county", name, 1, List.of(1), null)),
        List.of(new ContactRecord("agency:ice", "county:48249", "2019-03-01", 1, "agreement", "s")),
        List.of("(b)(6)"),
        List.of("ICE 000001"),
        List.of(text),
        null,
        List.of("scanned"),
        null);
  }
}
