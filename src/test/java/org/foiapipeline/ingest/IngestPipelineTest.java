package org.foiapipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {
  @TempDir Path tmp;
  final TestStages stages = new TestStages();

  IngestReport ingest(Path input, IngestConfig config) throws Exception {
    return new IngestPipeline(config, stages.extractor(), stages.annotator(), EntityNames.idsOnly(), IngestPipeline.Listener.NONE).run();
  }

  IngestConfig config(Path input) {
    return IngestConfig.of(List.of(input), tmp.resolve("index"), Limits.defaults()).withThreads(2);
  }

  Path write(String name, String text) throws IOException {
    Path file = tmp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void secondRunSkipsEverythingAndLeavesEveryPageOnce() throws Exception {
    write("a.txt", "ICE wrote to Dakota County\fpage two");
    write("sub/b.txt", "nothing here");
    IngestReport first = ingest(tmp.resolve("in"), config(tmp.resolve("in")));
    IngestReport second = ingest(tmp.resolve("in"), config(tmp.resolve("in")));

    assertThat(first.byStatus()).containsEntry("ok", 2);
    assertThat(second.processed()).isZero();
    assertThat(second.skipped()).isEqualTo(2);
    assertThat(stages.extractions.get()).isEqualTo(2);
    try (IndexView view = IndexView.open(tmp.resolve("index"))) {
      assertThat(view.counts()).containsEntry("page", 3).containsEntry("file", 2).containsEntry("ledger", 2).containsEntry("contact", 1);
      assertThat(view.search("\"dakota county\"", Filters.NONE, 10, 0, false).hits()).hasSize(1);
    }
  }

  @Test
  void sameBytesUnderTwoNamesIsOneDocumentWithBothPaths() throws Exception {
    write("a.txt", "ICE wrote to Dakota County");
    write("copy-of-a.txt", "ICE wrote to Dakota County");
    IngestReport report = ingest(tmp.resolve("in"), config(tmp.resolve("in")));

    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(stages.extractions.get()).isEqualTo(1);
    try (IndexView view = IndexView.open(tmp.resolve("index"))) {
      assertThat(view.counts()).containsEntry("page", 1).containsEntry("file", 1).containsEntry("ledger", 2);
      assertThat(view.records().get(0).paths()).hasSize(2);
    }
  }

  @Test
  void crashingAndSlowParsersAreRecordedAndTheBatchGoesOn() throws Exception {
    write("boom.txt", "BOOM");
    write("slow.txt", "SLOW");
    write("empty.txt", "");
    write("good.txt", "fine");
    Limits limits = Limits.defaults();
    Limits quick = new Limits(limits.maxFileBytes(), limits.maxPages(), limits.ocrPerPage(), Duration.ofMillis(500),
        limits.ocrDpi(), limits.ocrMode(), limits.maxImagePixels());
    IngestConfig config = IngestConfig.of(List.of(tmp.resolve("in")), tmp.resolve("index"), quick);
    IngestReport report = ingest(tmp.resolve("in"), config);

    assertThat(report.byStatus()).containsEntry("ok", 1).containsEntry("failed", 1).containsEntry("timeout", 1).containsEntry("empty", 1);
    assertThat(report.failures()).extracting(IngestReport.Failure::reason).anyMatch(r -> r.contains("parser crashed"));
    Map<String, LedgerEntry> ledger = ledger();
    assertThat(ledger).hasSize(4);
    assertThat(Files.readString(tmp.resolve("index/ledger.csv"))).contains("timeout", "parse-timeout");
  }

  @Test
  void failedInputsAreRetriedOnlyWhenAsked() throws Exception {
    write("boom.txt", "BOOM");
    ingest(tmp.resolve("in"), config(tmp.resolve("in")));
    ingest(tmp.resolve("in"), config(tmp.resolve("in")));
    assertThat(stages.extractions.get()).isEqualTo(1);
    ingest(tmp.resolve("in"), config(tmp.resolve("in")).withRetryFailed(true));
    assertThat(stages.extractions.get()).isEqualTo(2);
  }

  @Test
  void zipMembersAreIngestedUnderArchivePathsAndTraversalNamesWriteNothingOutside() throws Exception {
    Path zip = tmp.resolve("in/release.zip");
    Files.createDirectories(zip.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "letters/a.txt", "ICE wrote to Dakota County");
      entry(out, "../../escape.txt", "trying to get out");
    }
    ingest(tmp.resolve("in"), config(tmp.resolve("in")));

    assertThat(ledger().keySet()).containsExactlyInAnyOrder(zip + "!/letters/a.txt", zip + "!/../../escape.txt");
    assertThat(Files.exists(tmp.resolve("escape.txt"))).isFalse();
    assertThat(Files.exists(tmp.getParent().resolve("escape.txt"))).isFalse();
    try (var temp = Files.list(tmp.resolve("index/tmp"))) {
      assertThat(temp).isEmpty();
    }
  }

  @Test
  void aZipBombIsStoppedAndRecorded() throws Exception {
    Path zip = tmp.resolve("in/bomb.zip");
    Files.createDirectories(zip.getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 3; i++) {
        out.putNextEntry(new ZipEntry("zeros" + i + ".txt"));
        for (int k = 0; k < 40; k++) {
          out.write(zeros);
        }
        out.closeEntry();
      }
    }
    IngestReport report = ingest(tmp.resolve("in"), config(tmp.resolve("in")));
    assertThat(report.failures()).extracting(IngestReport.Failure::reason).anyMatch(r -> r.contains("zip bomb"));
  }

  @Test
  void unreadableAndLoopingInputsReachTheLedger() throws Exception {
    write("ok.txt", "fine");
    Files.createDirectories(tmp.resolve("in/loop"));
    Files.createSymbolicLink(tmp.resolve("in/loop/back"), tmp.resolve("in"));
    ingest(tmp.resolve("in"), config(tmp.resolve("in")));
    assertThat(ledger().values()).extracting(LedgerEntry::reason).anyMatch(r -> r.contains("symlink loop"));
  }

  @Test
  void aCrashWhileIndexingOneInputIsRecordedAndTheOthersAreIndexed() throws Exception {
    write("a.txt", "ICE wrote to Dakota County");
    write("b.txt", "nothing to see");
    EntityNames exploding = new EntityNames() {
      @Override
      public String name(String id) {
        return id;
      }

      @Override
      public String state(String id) {
        throw new IllegalStateException("names table broken");
      }
    };
    IngestReport report =
        new IngestPipeline(config(tmp.resolve("in")), stages.extractor(), stages.annotator(), exploding, IngestPipeline.Listener.NONE).run();
    assertThat(report.byStatus()).containsEntry("ok", 1).containsEntry("failed", 1);
    assertThat(ledger()).hasSize(2);
    assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("names table broken"));
  }

  private Map<String, LedgerEntry> ledger() throws IOException {
    try (IndexView view = IndexView.open(tmp.resolve("index"))) {
      return view.ledger();
    }
  }

  private static void entry(ZipOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
