package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RereleaseIT {
  @TempDir Path dir;

  @Test
  void reReleasesFollowTheirDocumentWithOtherBatesNumbersAScannedCopyAndOneGoldGroup() throws IOException {
    new CorpusGenerator(new CorpusConfig(2, 7, 0, Split.ALL, 2, 1)).generate(dir.resolve("with"));
    new CorpusGenerator(new CorpusConfig(2, 7, 0, Split.ALL, 2)).generate(dir.resolve("without"));
    List<DocumentRecord> with = Jsonl.read(dir.resolve("with/gold.jsonl"));
    List<DocumentRecord> without = Jsonl.read(dir.resolve("without/gold.jsonl"));
    Map<String, List<DocumentRecord>> groups = with.stream().filter(r -> r.duplicateGroup() != null)
        .collect(Collectors.groupingBy(DocumentRecord::duplicateGroup));
    assertThat(groups).containsOnlyKeys("train/doc-000001");
    for (List<DocumentRecord> releases : groups.values()) {
      assertThat(releases).hasSizeBetween(2, 3);
      assertThat(releases.get(1).path()).endsWith("-r2.pdf");
      assertThat(releases.get(1).pageKinds()).containsOnly("scanned");
      assertThat(releases.get(1).bates().get(0)).isNotEqualTo(releases.get(0).bates().get(0));
      assertThat(releases.get(1).contacts()).hasSameSizeAs(releases.get(0).contacts());
    }
    // The documents themselves are the same bytes as without re-releases.
    for (DocumentRecord original : without) {
      assertThat(Files.readAllBytes(dir.resolve("with").resolve(original.path())))
          .isEqualTo(Files.readAllBytes(dir.resolve("without").resolve(original.path())));
    }
  }

  @Test
  void moreReReleasesThanDocumentsIsABadOption() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorpusConfig(3, 7, 0, Split.ALL, 1, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rereleases");
  }
}
