package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real scanned agreements (no text layer) through the whole PDF path with Tesseract at 200 dpi. */
class ScannedOcrIT {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @ParameterizedTest
  // One file here: RealCorpusIngestIT OCRs all 22 scanned agreements through foia ingest.
  @ValueSource(strings = {"moa-ks-cowley-county-sheriffs-office.pdf"})
  void imageOnlyAgreementIsOcrdAndNamesItsCounty(String file) throws IOException {
    RealCorpus.FileLabel label = RealCorpus.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    Limits limits = Limits.defaults().withOcrDpi(200);
    long start = System.nanoTime();
    ExtractedDocument result = Extractors.create(limits, POOL).extract(RealCorpus.pdf(file), file);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    String text = String.join("\n", result.pages().stream().map(Page::text).toList());
    double confidence = result.pages().stream().filter(Page::isOcr).mapToDouble(Page::ocrConfidence).average().orElse(-1);
    System.out.printf("%s: %s, %d pages, %d OCR'd, %.1f s/page wall, mean confidence %.1f%n", file, result.status(),
        result.pages().size(), result.ocrPages(), took.toMillis() / 1000.0 / result.pages().size(), confidence);

    assertThat(label.textLayer()).isEqualTo("none");
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.ocrPages()).isEqualTo(label.pages());
    assertThat(normalise(text)).contains(normalise(label.county()));
    assertThat(confidence).isGreaterThan(70);
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
