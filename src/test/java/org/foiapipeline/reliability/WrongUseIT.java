package org.foiapipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.foiapipeline.cli.Main;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.Split;
import org.foiapipeline.index.LedgerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The ways a user or a machine gets it wrong: no index, an index folder that cannot be created, two ingests at
 * once, a full disk. Each ends with a message that says what to do, an exit code, and an index that opens.
 */
class WrongUseIT {
  static final Duration LIMIT = Duration.ofMinutes(2);
  @TempDir static Path work;
  static Path corpus;
  static long inputs;

  @BeforeAll
  static void corpus() throws IOException {
    corpus = work.resolve("corpus");
    new CorpusGenerator(CorpusConfig.of(24, 7, 0.0, Split.ALL)).generate(corpus);
    try (Stream<Path> files = Files.walk(corpus)) {
      inputs = files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void searchWithoutAnIndexSaysSoAndExitsTwo() {
    String[] err = new String[1];
    int code = inProcess(err, "search", "--index", work.resolve("no-such-index").toString(), "agreement");
    assertThat(code).isEqualTo(2);
    assertThat(err[0]).contains("no index in").contains("run foia ingest first");
  }

  /** Root ignores permission bits, so an unwritable folder is simulated by a path under a regular file. */
  @Test
  void ingestIntoAFolderThatCannotBeCreatedSaysWhichAndExitsOne() throws IOException {
    Path file = Files.writeString(work.resolve("a-file"), "not a folder");
    String[] err = new String[1];
    int code = inProcess(err, "ingest", "--index", file.resolve("idx").toString(), "--quiet", corpus.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err[0]).contains("cannot create the index folder " + file.resolve("idx")).contains("choose another --index");
  }

  /** Both start together; whichever takes the index lock first finishes, the other is refused. */
  @Test
  void secondIngestOnTheSameIndexIsRefusedAndTheFirstCompletes() throws Exception {
    Path index = work.resolve("shared");
    Child a = ingest(index, "a", "");
    Child b = ingest(index, "b", "");
    int codeA = a.await(LIMIT);
    int codeB = b.await(LIMIT);

    assertThat(java.util.List.of(codeA, codeB)).containsExactlyInAnyOrder(0, 1);
    Child refused = codeA == 1 ? a : b;
    assertThat(refused.err()).contains("another foia ingest is writing to " + index);
    assertComplete(index);
    Measurements.append("wrong-use", "fault,exit,message,recovery_s",
        String.format(Locale.ROOT, "second ingest at the same time,1,another foia ingest is writing,%.2f",
            (codeA == 0 ? a : b).seconds()));
  }

  @Test
  void fullDiskFailsClearlyKeepsTheIndexAndTheNextRunFinishes() throws Exception {
    try (SmallDisk disk = SmallDisk.create(work.resolve("disk"), 160)) {
      Path index = disk.folder().resolve("idx");
      Child starved = ingest(index, "starved", disk.shellPrefix());
      int code = starved.await(LIMIT);
      assertThat(code).as(starved.out()).isEqualTo(1);
      assertThat(starved.err()).contains("cannot write the index in " + index).contains("run foia ingest again");
      IndexState after = IndexState.read(index);
      after.assertConsistent();
      int kept = after.ledger().size();
      assertThat(kept).as("rows committed before the disk filled").isLessThan((int) inputs);

      disk.grow();
      Child rerun = ingest(index, "after-space", "");
      assertThat(rerun.await(LIMIT)).as(rerun.err()).isZero();
      assertComplete(index);
      Measurements.append("wrong-use", "fault,exit,message,recovery_s", String.format(Locale.ROOT,
          "full disk (%s; %d of %d rows committed before),%d,%s,%.2f", disk.kind(), kept, inputs, code,
          "cannot write the index ... run foia ingest again", rerun.seconds()));
    }
  }

  private static void assertComplete(Path index) throws IOException {
    IndexState state = IndexState.read(index);
    state.assertConsistent();
    assertThat(state.ledger()).hasSize((int) inputs);
    for (LedgerEntry row : state.ledger().values()) {
      assertThat(row.status().isFinalSuccess()).as(row.path() + ": " + row.reason()).isTrue();
    }
  }

  private static Child ingest(Path index, String name, String shellPrefix) throws IOException {
    return Child.startInShell(work.resolve("logs"), name, shellPrefix,
        "ingest", "--index", index.toString(), "--quiet", "--checkpoint-docs", "1", corpus.toString());
  }

  private static int inProcess(String[] err, String... args) {
    StringWriter buffer = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(buffer, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    int code = cli.execute(args);
    err[0] = buffer.toString();
    return code;
  }
}
