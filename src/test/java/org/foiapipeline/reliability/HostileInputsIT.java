package org.foiapipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.foiapipeline.index.LedgerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One real {@code foia ingest} (child JVM, {@code -Xmx512m}, small limits) over a folder of inputs made to
 * break it. The batch ends in time with exit 0 (so no OutOfMemoryError), and each input has a ledger row;
 * every row but ok says why in words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsIT {
  static final Duration LIMIT = Duration.ofMinutes(4);
  @TempDir static Path work;
  Path inputs;
  Path index;
  Set<String> outsideBefore;
  Map<String, LedgerEntry> ledger;
  int exit;
  String err;
  double seconds;

  @BeforeAll
  void ingestTheHostileFolderOnce() throws Exception {
    inputs = work.resolve("hostile");
    index = work.resolve("index");
    HostileCorpus.write(inputs);
    outsideBefore = outside();
    Child child = Child.start(work.resolve("logs"), "hostile", "ingest", "--index", index.toString(), "--quiet",
        "--max-pages", "1000", "--max-file-mb", "4", "--parse-timeout", "60", "--ocr-timeout", "20", inputs.toString());
    exit = child.await(LIMIT);
    err = child.err();
    seconds = child.seconds();
    ledger = IndexState.read(index).ledger();
    for (LedgerEntry row : ledger.values()) {
      Measurements.append("hostile", "path,status,reason", csv(inputs.relativize(Path.of(row.path().split("!/")[0])) + (row.path().contains("!/") ? "!/" + row.path().split("!/", 2)[1] : ""))
          + "," + row.status().label() + "," + csv(row.reason()));
    }
  }

  Stream<String> entries() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> all = Files.walk(inputs)) {
      all.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> names.add(inputs.relativize(p).toString()));
    }
    assertThat(names).as("hostile inputs made").hasSizeGreaterThanOrEqualTo(40);
    return names.stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyHostileInputGetsALedgerRowWithAReason(String name) {
    assertThat(exit).as("batch exit (OutOfMemoryError or a crash would not be 0)\n" + err).isZero();
    String path = inputs.resolve(name).toString();
    List<LedgerEntry> rows = ledger.values().stream()
        .filter(r -> r.path().equals(path) || r.path().startsWith(path + "!/")).toList();
    assertThat(rows).as("ledger rows of " + name).isNotEmpty();
    for (LedgerEntry row : rows) {
      assertThat(row.status()).isNotNull();
      if (row.status() != org.foiapipeline.extract.Status.OK) {
        assertThat(row.reason()).as(row.path() + " is " + row.status().label()).isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "nothing is written outside the index folder")
  @MethodSource("noArguments")
  void nothingIsWrittenOutsideTheIndexFolder(String unused) throws IOException {
    assertThat(outside()).isEqualTo(outsideBefore);
    assertThat(Path.of(HostileCorpus.ABSOLUTE_NAME)).doesNotExist();
    try (Stream<Path> temp = Files.list(index.resolve("tmp"))) {
      assertThat(temp.toList()).as("temporary copies removed").isEmpty();
    }
  }

  @ParameterizedTest(name = "the batch ends within its limits")
  @MethodSource("noArguments")
  void theBatchEndsWithinItsLimits(String unused) {
    assertThat(exit).as(err).isZero();
    assertThat(seconds).isLessThan(LIMIT.toSeconds());
    assertThat(ledger.get(inputs.resolve("good.pdf").toString()).status()).isEqualTo(org.foiapipeline.extract.Status.OK);
  }

  Stream<String> noArguments() {
    return Stream.of("");
  }

  /** Every path under the test's folder except the index, plus /tmp entries named like traversal targets. */
  private Set<String> outside() throws IOException {
    Set<String> seen = new TreeSet<>();
    try (Stream<Path> all = Files.walk(work)) {
      all.filter(p -> !p.startsWith(index) && !p.startsWith(work.resolve("logs"))).forEach(p -> seen.add(p.toString()));
    }
    try (Stream<Path> tmp = Files.list(Path.of("/tmp"))) {
      tmp.filter(p -> p.getFileName().toString().startsWith("x-foia-")).forEach(p -> seen.add(p.toString()));
    }
    // Other programs share /tmp, so above the test's folder only the traversal targets' names are watched.
    for (Path up : List.of(work.getParent(), Path.of("").toAbsolutePath(), Path.of("..", "..").toAbsolutePath().normalize())) {
      for (String name : List.of(HostileCorpus.TRAVERSAL_NAME, "win.pdf", "..\\..\\win.pdf")) {
        if (Files.exists(up.resolve(name))) {
          seen.add(up.resolve(name).toString());
        }
      }
    }
    return seen;
  }

  private static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }
}
