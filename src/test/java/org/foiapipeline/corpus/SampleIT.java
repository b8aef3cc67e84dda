package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code corpus/sample} is exactly what its README's command produces. */
class SampleIT {
  @Test
  void committedSampleIsReproducedByItsDocumentedCommand(@TempDir Path dir) throws IOException {
    Path sample = Path.of("corpus/sample");
    CorpusSummary s = new CorpusGenerator(new CorpusConfig(60, 2877, 0.36, Split.ALL, 2)).generate(dir);
    assertThat(Files.readString(s.gold())).isEqualTo(Files.readString(sample.resolve("gold.jsonl")));
    assertThat(Files.readString(sample.resolve("README.md")))
        .contains("--docs 60 --seed 2877 --scanned-ratio 0.36 --split all");
  }

  @Test
  void sampleDigitalPagesMatchGoldAndScannedPagesHaveNoText() throws IOException {
    Path sample = Path.of("corpus/sample");
    for (var r : org.foiapipeline.export.Jsonl.read(sample.resolve("gold.jsonl"))) {
      CorpusGeneratorTest.assertTextLayersMatchGold(sample, r);
    }
  }
}
