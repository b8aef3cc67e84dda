package org.foiapipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.foiapipeline.corpus.CorpusConfig;
import org.foiapipeline.corpus.CorpusGenerator;
import org.foiapipeline.corpus.Split;
import org.foiapipeline.index.LedgerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills {@code foia ingest} with SIGKILL at random moments, then runs it again: the index always opens, no
 * path or page is there twice, and the finished index equals that of one clean run. Kill times come from a
 * seed (property {@code foia.crash.seed}) shown in each test's name, so a failure can be replayed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
  static final long SEED = Long.getLong("foia.crash.seed", 20261125L);
  static final int CHAINS = 4;
  static final int KILLS_PER_CHAIN = 5;
  static final int DOCS = 24;
  static final Duration LIMIT = Duration.ofMinutes(2);

  @TempDir static Path work;
  Path corpus;
  IndexState clean;
  double cleanSeconds;
  long inputs;

  @BeforeAll
  void ingestOnceWithoutFaults() throws Exception {
    corpus = work.resolve("corpus");
    new CorpusGenerator(CorpusConfig.of(DOCS, 7, 0.0, Split.ALL)).generate(corpus);
    try (Stream<Path> files = Files.walk(corpus)) {
      inputs = files.filter(Files::isRegularFile).count();
    }
    Child child = ingest(work.resolve("clean"), "clean");
    assertThat(child.await(LIMIT)).as(child.err()).isZero();
    cleanSeconds = child.seconds();
    clean = IndexState.read(work.resolve("clean"));
    clean.assertConsistent();
    assertComplete(clean);
    Measurements.append("crash", "run,kill_at,killed,ledger_rows_after,run_s,lost,doubled",
        String.format(Locale.ROOT, "clean,,,,%.2f,0,0", cleanSeconds));
  }

  Stream<Arguments> chains() {
    return IntStream.range(0, CHAINS).mapToObj(i -> Arguments.of(i, SEED + i));
  }

  /**
   * One index, {@link #KILLS_PER_CHAIN} runs each killed at a random moment (most just after a random
   * checkpoint, some at a random time from the start, during JVM start or the first documents), then a run
   * to the end. Later kills land in runs that are themselves recovering.
   */
  @ParameterizedTest(name = "chain {0}: " + KILLS_PER_CHAIN + " SIGKILLs then a full run (seed {1})")
  @MethodSource("chains")
  void killedIngestLosesNothingAndCountsNothingTwice(int chain, long seed) throws Exception {
    Random random = new Random(seed);
    Path index = work.resolve("chain-" + chain);
    for (int k = 0; k < KILLS_PER_CHAIN; k++) {
      killOnce(index, chain + "-" + k, random);
    }
    Child rerun = ingest(index, "chain-" + chain + "-final");
    assertThat(rerun.await(LIMIT)).as(rerun.err()).isZero();
    IndexState recovered = IndexState.read(index);
    recovered.assertConsistent();
    assertComplete(recovered);
    assertThat(recovered.records()).isEqualTo(clean.records());
    assertThat(recovered.hits()).isEqualTo(clean.hits());
    assertThat(recovered.pageDocs()).isEqualTo(clean.pageDocs());
    Measurements.append("crash", "", String.format(Locale.ROOT, "%d-final,,,%d,%.2f,0,0",
        chain, recovered.ledger().size(), rerun.seconds()));
  }

  private void killOnce(Path index, String name, Random random) throws Exception {
    long before = Commits.generation(index);
    boolean byTime = random.nextDouble() < 0.25;
    long delayMillis = byTime ? 300 + random.nextInt(4700) : random.nextInt(300);
    int afterCommits = 1 + random.nextInt(3);
    Child child = ingest(index, name);
    String when = byTime ? "t+" + delayMillis + "ms" : "commit+" + afterCommits + " +" + delayMillis + "ms";
    if (!byTime) {
      Commits.awaitGeneration(index, before + afterCommits, child);
    }
    Thread.sleep(delayMillis);
    boolean killed = child.isAlive();
    child.kill();
    int rows = 0;
    Optional<IndexState> state = openIfCommitted(index);
    if (state.isPresent()) {
      state.get().assertConsistent();
      rows = state.get().ledger().size();
    }
    Measurements.append("crash", "", String.format(Locale.ROOT, "%s,%s,%s,%d,%.2f,0,0",
        name, when, killed, rows, child.seconds()));
  }

  /** A run killed before its first commit leaves no index; searches then say so, which is the truth. */
  private static Optional<IndexState> openIfCommitted(Path index) throws IOException {
    if (Commits.generation(index) == 0) {
      return Optional.empty();
    }
    return Optional.of(IndexState.read(index));
  }

  private void assertComplete(IndexState state) {
    assertThat(state.ledger()).as("every input in the ledger once").hasSize((int) inputs);
    for (LedgerEntry row : state.ledger().values()) {
      assertThat(row.status().isFinalSuccess()).as(row.path() + " " + row.status() + " " + row.reason()).isTrue();
    }
  }

  private Child ingest(Path index, String name) throws IOException {
    return Child.start(work.resolve("logs"), name,
        "ingest", "--index", index.toString(), "--quiet", "--checkpoint-docs", "1", corpus.toString());
  }
}
