package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergedReleaseTest {
  @TempDir Path dir;

  @Test
  void addingReleasesChangesNoByteOfTheDocuments() throws IOException {
    Path plain = dir.resolve("plain");
    Path merged = dir.resolve("merged");
    new CorpusGenerator(new CorpusConfig(3, 5, 0, Split.ALL, 2)).generate(plain);
    new CorpusGenerator(new CorpusConfig(3, 5, 0, Split.ALL, 2, 1, 3)).generate(merged);
    List<String> plainGold = Files.readAllLines(plain.resolve("gold.jsonl"));
    List<String> mergedGold = Files.readAllLines(merged.resolve("gold.jsonl"));
    assertThat(mergedGold).hasSize(4).startsWith(plainGold.toArray(String[]::new));
    assertThat(Files.readAllBytes(merged.resolve("train/doc-000001.pdf")))
        .isEqualTo(Files.readAllBytes(plain.resolve("train/doc-000001.pdf")));
  }

  @Test
  void releaseGoldCoversEveryPageWithLogicalDocumentsAndThreads() throws IOException {
    CorpusSummary s = new CorpusGenerator(new CorpusConfig(0, 9, 0, Split.TRAIN, 2, 2, 0)).generate(dir);
    List<DocumentRecord> gold = Jsonl.read(s.gold());
    assertThat(gold).hasSize(2).allSatisfy(r -> {
      assertThat(r.path()).matches("train/release-00000\\d\\.pdf");
      assertThat(r.kind()).isEqualTo("release");
      List<LogicalRecord> docs = r.logicalDocuments();
      assertThat(docs).hasSizeBetween(4, 10);
      assertThat(docs.get(0).start()).isEqualTo(1);
      assertThat(docs.get(docs.size() - 1).end()).isEqualTo(r.pages());
      for (int i = 1; i < docs.size(); i++) {
        assertThat(docs.get(i).start()).isEqualTo(docs.get(i - 1).end() + 1);
      }
      assertThat(docs).anySatisfy(d -> assertThat(d.thread()).startsWith("t"));
      docs.stream().filter(d -> d.messages() != null).flatMap(d -> d.messages().stream())
          .forEach(m -> assertThat(r.text().get(m.page() - 1)).contains("From:"));
      assertThat(r.bates()).hasSize(r.pages());
    });
  }

  @Test
  void aReleaseWithoutDocumentsOrReleasesIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorpusConfig(0, 1, 0, Split.ALL, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--docs");
  }
}
