package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void generateWritesDocumentsAndGoldAndReportsThem(@TempDir Path dir) {
    int code = run("corpus", "generate", "--out", dir.toString(), "--docs", "3", "--seed", "9",
        "--scanned-ratio", "0", "--split", "train");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("3 documents");
    assertThat(dir.resolve("gold.jsonl")).exists();
    assertThat(Files.exists(dir.resolve("train/doc-000003.pdf"))).isTrue();
  }

  @Test
  void badSplitOrCountIsAUsageError(@TempDir Path dir) {
    assertThat(run("corpus", "generate", "--out", dir.toString(), "--split", "dev")).isEqualTo(2);
    assertThat(err.toString()).contains("--split must be train, test or all");
    assertThat(run("corpus", "generate", "--out", dir.toString(), "--docs", "0")).isEqualTo(2);
    assertThat(run("corpus", "generate", "--out", dir.toString(), "--scanned-ratio", "1.5")).isEqualTo(2);
  }
}
