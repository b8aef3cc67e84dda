package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainNerCommandTest {
  private static final String[][] AGENCIES = {
    {"Dakota County Sheriff's Office", "county:31043", "county"},
    {"Knox County Sheriff's Office", "county:47093", "county"},
    {"Dickinson Police Department", "place:ND:dickinson", "place"},
  };

  /** A tiny gold file: documents whose pages name an agency and ICE in a few sentence shapes. */
  private static Path goldFile(Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    try (Writer out = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
      for (int d = 0; d < 15; d++) {
        String[] a = AGENCIES[d % AGENCIES.length];
        List<String> pages = new ArrayList<>();
        pages.add("On May " + (d + 1) + ", 2025 the " + a[0] + " wrote to U.S. Immigration and Customs Enforcement."
            + " The " + a[0] + " asked about the 287(g) program.");
        pages.add("ICE replied to the " + a[0] + " on June 2. The meeting was held in the office.");
        List<DocumentRecord.EntityRecord> entities =
            List.of(
                new DocumentRecord.EntityRecord(a[1], a[2], a[0], 3, List.of(1, 2), List.of(a[0])),
                new DocumentRecord.EntityRecord("agency:ice", "agency", "ICE", 2, List.of(1, 2),
                    List.of("U.S. Immigration and Customs Enforcement", "ICE")));
        Jsonl.write(out, new DocumentRecord("doc" + d, "doc" + d + ".pdf", 2, "ok", 0, null, entities, List.of(),
            List.of(), List.of(), pages, null, null, "letter"));
      }
    }
    return gold;
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = new CommandLine(new TrainNerCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli.execute(args);
  }

  @Test
  void trainsAModelFromAGoldFileAndWritesItsParametersAndEvaluation(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("models/ner-en-foia.bin");
    StringWriter out = new StringWriter();
    int code = run(out, new StringWriter(), "--train", goldFile(dir).toString(), "--out", model.toString(),
        "--iterations", "10");
    assertThat(code).isZero();
    assertThat(model).isNotEmptyFile();
    assertThat(dir.resolve("models/ner-en-foia.params.json")).exists();
    assertThat(dir.resolve("models/ner-en-foia.eval.json")).content().contains("\"namesByType\"");
    assertThat(out.toString()).contains("held-out precision").contains("county").contains("agency");
  }

  @Test
  void aMissingGoldFileIsABadUsageWithAReadableMessage(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "--train", dir.resolve("nope.jsonl").toString(), "--out",
        dir.resolve("m.bin").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("nope.jsonl").contains("no such gold file");
  }
}
