package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitTest {
  @Test
  void trainSplitNeverNamesAHeldOutCountyAndTestSplitDoes(@TempDir Path dir) throws IOException {
    List<DocumentRecord> train = counties(dir.resolve("train"), Split.TRAIN);
    List<DocumentRecord> test = counties(dir.resolve("test"), Split.TEST);
    assertThat(countyIds(train)).isNotEmpty().noneMatch(SplitTest::heldOut);
    assertThat(countyIds(test)).anyMatch(SplitTest::heldOut);
    assertThat(train).extracting(DocumentRecord::id).doesNotContainAnyElementsOf(
        test.stream().map(DocumentRecord::id).toList());
  }

  @Test
  void allSplitPutsEveryFifthDocumentInTestWithTheSameBytesAsTheTestSplitAlone(@TempDir Path dir)
      throws IOException {
    List<DocumentRecord> all = Jsonl.read(
        new CorpusGenerator(new CorpusConfig(5, 3, 0, Split.ALL, 2)).generate(dir.resolve("all")).gold());
    List<DocumentRecord> test = Jsonl.read(
        new CorpusGenerator(new CorpusConfig(1, 3, 0, Split.TEST, 1)).generate(dir.resolve("test")).gold());
    assertThat(all).extracting(DocumentRecord::path)
        .containsExactly("train/doc-000001.pdf", "train/doc-000002.pdf", "train/doc-000003.pdf",
            "train/doc-000004.pdf", "test/doc-000001.pdf");
    assertThat(all.get(4).id()).isEqualTo(test.get(0).id());
  }

  private static List<DocumentRecord> counties(Path dir, Split split) throws IOException {
    return Jsonl.read(new CorpusGenerator(new CorpusConfig(60, 21, 0, split, 2)).generate(dir).gold());
  }

  private static List<String> countyIds(List<DocumentRecord> records) {
    return records.stream().flatMap(r -> r.entities().stream()).map(EntityRecord::id)
        .filter(id -> id.startsWith("county:")).toList();
  }

  private static boolean heldOut(String countyId) {
    return Geography.isHeldOut(countyId.substring("county:".length()));
  }
}
