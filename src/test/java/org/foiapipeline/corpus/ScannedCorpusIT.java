package org.foiapipeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanned and mixed documents: slow (each scanned page is rendered, degraded and JPEG-encoded). */
class ScannedCorpusIT {
  @Test
  void scannedPagesAreSingleJpegImagesWithoutTextAndMixedDigitalPagesStillMatchGold(@TempDir Path dir)
      throws IOException {
    List<DocumentRecord> gold =
        Jsonl.read(new CorpusGenerator(new CorpusConfig(10, 17, 1.0, Split.ALL, 2)).generate(dir).gold());
    assertThat(gold).allMatch(r -> r.ocrPages() > 0);
    assertThat(gold).anyMatch(r -> r.pageKinds().contains("digital") && r.pageKinds().contains("scanned"));
    for (DocumentRecord r : gold) {
      CorpusGeneratorTest.assertTextLayersMatchGold(dir, r);
      assertScannedPagesAreJpegs(dir, r);
    }
  }

  @Test
  void scannedCorpusIsByteForByteReproducible(@TempDir Path dir) throws IOException {
    CorpusGeneratorTest.assertSameBytes(dir, 3, 1.0);
  }

  private static void assertScannedPagesAreJpegs(Path dir, DocumentRecord r) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(dir.resolve(r.path()).toFile())) {
      for (int i = 0; i < r.pages(); i++) {
        if (r.pageKinds().get(i).equals("scanned")) {
          var resources = pdf.getPage(i).getResources();
          var names = resources.getXObjectNames();
          assertThat(names).hasSize(1);
          PDImageXObject image = (PDImageXObject) resources.getXObject(names.iterator().next());
          assertThat(image.getSuffix()).isEqualTo("jpg");
          assertThat(image.getWidth()).isBetween(1200, 1800);
          assertThat(resources.getFontNames()).isEmpty();
        }
      }
    }
  }
}
