package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExtractorTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
  private static final Limits LIMITS = Limits.defaults().withOcrDpi(150);

  @TempDir Path dir;

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  private ExtractedDocument extract(Path pdf, Limits limits, TesseractOcr ocr) {
    return new PdfExtractor(limits, ocr, POOL).extract(pdf, pdf.getFileName().toString());
  }

  private ExtractedDocument extractWithFakeOcr(Path pdf, Limits limits) throws IOException {
    return extract(pdf, limits, TestPdfs.fakeTesseract(dir, Duration.ofSeconds(30)));
  }

  @Test
  void digitalPageKeepsItsTextLayer() throws IOException {
    Path pdf = dir.resolve("digital.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "Memorandum of Agreement between the Department of Homeland Security",
          "and the Sheriff of Jim Wells County, Texas.");
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument result = extractWithFakeOcr(pdf, LIMITS);
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.mediaType()).isEqualTo("application/pdf");
    Page page = result.pages().get(0);
    assertThat(page.source()).isEqualTo(TextSource.TEXT_LAYER);
    assertThat(page.text()).contains("Memorandum of Agreement").contains("Jim Wells County");
    assertThat(page.ocrConfidence()).isEqualTo(-1);
  }

  @Test
  void fakeBoldTextDrawnTwiceIsReadOnceAndRepeatedWordsStay() throws IOException {
    Path pdf = dir.resolve("bold.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        // a bold heading as some writers print it: the same line three times, a fraction of a point apart
        for (float shift : new float[] {0f, 0.3f, 0.6f}) {
          TestPdfs.writeLines(cs, 72 + shift, 720, "MEMORANDUM OF AGREEMENT");
        }
        TestPdfs.writeLines(cs, 72, 680, "Dakota County, Dakota County and Dakota County agree.");
      }
      TestPdfs.save(doc, pdf);
    }
    String text = extractWithFakeOcr(pdf, LIMITS).pages().get(0).text();
    assertThat(text.lines().findFirst()).contains("MEMORANDUM OF AGREEMENT");
    assertThat(text.split("Dakota County", -1)).hasSize(4);
  }

  @Test
  void scannedPageIsOcrdWithTesseractWhenItHasNoTextLayer() throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addScannedPage(doc, "Memorandum of Agreement", "Calhoun County Sheriff");
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument result = extract(pdf, LIMITS, TesseractOcr.onPath(Duration.ofSeconds(60)));
    assertThat(result.status()).isEqualTo(Status.OK);
    Page page = result.pages().get(0);
    assertThat(page.source()).isEqualTo(TextSource.OCR);
    assertThat(page.note()).isEqualTo("no text layer");
    assertThat(page.text()).contains("Memorandum of Agreement").contains("Calhoun County");
    assertThat(page.ocrConfidence()).isBetween(50.0, 100.0);
    assertThat(result.ocrPages()).isEqualTo(1);
  }

  @Test
  void mixedPdfIsRoutedPageByPage() throws IOException {
    Path pdf = dir.resolve("mixed.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "The Sheriff agrees to the terms of this agreement.");
      TestPdfs.addScannedPage(doc, "Signature page");
      doc.addPage(new PDPage());
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument result = extractWithFakeOcr(pdf, LIMITS);
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.pages()).extracting(Page::source)
        .containsExactly(TextSource.TEXT_LAYER, TextSource.OCR, TextSource.NONE);
    assertThat(result.pages().get(1).text()).isEqualTo("fake ocr");
    assertThat(result.pages().get(1).ocrConfidence()).isEqualTo(85.0);
    assertThat(result.pages().get(2).note()).isEqualTo("blank page");
  }

  @Test
  void alwaysModeOcrsEveryPageAndNeverModeNone() throws IOException {
    Path pdf = dir.resolve("two.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "The Sheriff agrees to the terms of this agreement.");
      TestPdfs.addScannedPage(doc, "Signature page");
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument always = extractWithFakeOcr(pdf, LIMITS.withOcrMode(OcrMode.ALWAYS));
    assertThat(always.pages()).extracting(Page::source).containsOnly(TextSource.OCR);

    ExtractedDocument never = extractWithFakeOcr(pdf, LIMITS.withOcrMode(OcrMode.NEVER));
    assertThat(never.status()).isEqualTo(Status.OK);
    assertThat(never.pages()).extracting(Page::source).containsExactly(TextSource.TEXT_LAYER, TextSource.NONE);
    assertThat(never.pages().get(1).note()).isEqualTo("no text layer (ocr off)");
  }

  @Test
  void ocrOverTheTimeLimitIsKilledAndTheDocumentTimesOut() throws IOException {
    Path pdf = dir.resolve("slow.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addScannedPage(doc, "Page one");
      TestPdfs.save(doc, pdf);
    }
    long start = System.nanoTime();
    ExtractedDocument result = extract(pdf, LIMITS, TestPdfs.hangingTesseract(dir, Duration.ofMillis(500)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    assertThat(result.status()).isEqualTo(Status.TIMEOUT);
    assertThat(result.reason()).isEqualTo("ocr timeout (page 1)");
    assertThat(result.pages().get(0).source()).isEqualTo(TextSource.NONE);
    assertThat(result.pages().get(0).note()).contains("ocr timeout");
  }

  @Test
  void interruptingTheExtractionKillsItsOcrAndReturnsPromptly() throws Exception {
    Path pdf = dir.resolve("interrupted.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addScannedPage(doc, "Page one");
      TestPdfs.addScannedPage(doc, "Page two");
      TestPdfs.save(doc, pdf);
    }
    TesseractOcr hanging = TestPdfs.hangingTesseract(dir, Duration.ofSeconds(60));
    AtomicReference<ExtractedDocument> result = new AtomicReference<>();
    Thread worker = new Thread(() -> result.set(extract(pdf, LIMITS, hanging)));
    worker.start();
    Thread.sleep(1_500);
    worker.interrupt();
    worker.join(10_000);
    assertThat(worker.isAlive()).isFalse();
    assertThat(result.get().status()).isEqualTo(Status.FAILED);
    assertThat(result.get().reason()).contains("ocr interrupted");
  }

  @Test
  void missingTesseractIsAReasonNotAnException() throws IOException {
    Path pdf = dir.resolve("needs-ocr.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "A digital page with the terms of the agreement.");
      TestPdfs.addScannedPage(doc, "A scanned page");
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument result = extract(pdf, LIMITS, new TesseractOcr("/nonexistent/tesseract", Duration.ofSeconds(5)));
    assertThat(result.status()).isEqualTo(Status.PARTIAL);
    assertThat(result.reason()).isEqualTo("tesseract not found: run bin/setup (page 2)");
  }

  @Test
  void encryptedPdfWithAUserPasswordIsEncrypted() throws IOException {
    Path pdf = dir.resolve("locked.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "Secret terms of the agreement.");
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument result = extractWithFakeOcr(pdf, LIMITS);
    assertThat(result.status()).isEqualTo(Status.ENCRYPTED);
    assertThat(result.reason()).contains("password");
  }

  @Test
  void encryptedPdfThatOpensWithTheEmptyPasswordIsRead() throws IOException {
    Path pdf = dir.resolve("owner-only.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "Terms of the agreement, readable by anyone.");
      AccessPermission noCopy = new AccessPermission();
      noCopy.setCanExtractContent(false);
      doc.protect(new StandardProtectionPolicy("owner", "", noCopy));
      TestPdfs.save(doc, pdf);
    }
    ExtractedDocument result = extractWithFakeOcr(pdf, LIMITS);
    assertThat(result.status()).isEqualTo(Status.OK);
    assertThat(result.pages().get(0).text()).contains("readable by anyone");
  }

  @Test
  void fiveThousandBlankPagesFinishQuicklyAsEmptyWithoutOcr() throws IOException {
    Path pdf = dir.resolve("blank.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 5_000; i++) {
        doc.addPage(new PDPage());
      }
      TestPdfs.save(doc, pdf);
    }
    long start = System.nanoTime();
    ExtractedDocument result = extract(pdf, LIMITS, new TesseractOcr("/nonexistent/tesseract", Duration.ofSeconds(5)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(result.status()).isEqualTo(Status.EMPTY);
    assertThat(result.pages()).hasSize(5_000).allSatisfy(p -> {
      assertThat(p.source()).isEqualTo(TextSource.NONE);
      assertThat(p.note()).isEqualTo("blank page");
    });
    assertThat(result.ocrPages()).isZero();
  }

  @Test
  void morePagesThanTheLimitIsTooLarge() throws IOException {
    Path pdf = dir.resolve("long.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 5; i++) {
        TestPdfs.addTextPage(doc, "Page " + i);
      }
      TestPdfs.save(doc, pdf);
    }
    Limits three = new Limits(Limits.DEFAULT_MAX_FILE_BYTES, 3, Duration.ofSeconds(5), Duration.ofMinutes(1), 150,
        OcrMode.AUTO, Limits.DEFAULT_MAX_IMAGE_PIXELS);
    ExtractedDocument result = extractWithFakeOcr(pdf, three);
    assertThat(result.status()).isEqualTo(Status.TOO_LARGE);
    assertThat(result.reason()).isEqualTo("5 pages, over the limit of 3");
  }

  @Test
  void fileOverTheSizeLimitIsTooLargeWithoutBeingOpened() throws IOException {
    Path notEvenPdf = Files.write(dir.resolve("big.pdf"), new byte[2048]);
    Limits small = new Limits(1024, 10, Duration.ofSeconds(5), Duration.ofMinutes(1), 150, OcrMode.AUTO, 1_000_000);
    ExtractedDocument result = extractWithFakeOcr(notEvenPdf, small);
    assertThat(result.status()).isEqualTo(Status.TOO_LARGE);
    assertThat(result.reason()).contains("2048 bytes");
  }

  @Test
  void pageTooLargeToRenderIsNotOcrd() throws IOException {
    Path pdf = dir.resolve("poster.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addScannedPage(doc, "A scanned page");
      TestPdfs.save(doc, pdf);
    }
    Limits tiny = new Limits(Limits.DEFAULT_MAX_FILE_BYTES, 10, Duration.ofSeconds(5), Duration.ofMinutes(1), 150,
        OcrMode.AUTO, 10_000);
    ExtractedDocument result = extractWithFakeOcr(pdf, tiny);
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.pages().get(0).note()).contains("image too large");
  }

  @Test
  void hostileFilesGiveAStatusWithAReasonNeverAnException() throws IOException {
    byte[] valid;
    Path good = dir.resolve("good.pdf");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "The first page of the agreement.");
      TestPdfs.addTextPage(doc, "The second page of the agreement.");
      valid = Files.readAllBytes(TestPdfs.save(doc, good));
    }
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    String text = new String(valid, StandardCharsets.ISO_8859_1);
    byte[] brokenXref = text.replace("xref", "xerf").replaceAll("startxref\\s+\\d+", "startxref\n999999")
        .getBytes(StandardCharsets.ISO_8859_1);

    assertFailed(write("zero.pdf", new byte[0]), "empty file (0 bytes)");
    assertFailed(write("random.pdf", random), "not a readable PDF");
    assertFailed(write("header-only.pdf", "%PDF-1.7\n".getBytes()), "not a readable PDF");
    ExtractedDocument truncated = extractWithFakeOcr(write("truncated.pdf", Arrays.copyOf(valid, valid.length / 2)), LIMITS);
    assertThat(truncated.status()).isIn(Status.FAILED, Status.PARTIAL, Status.OK, Status.EMPTY);
    assertThat(truncated.status() == Status.OK || !truncated.reason().isBlank()).isTrue();
    ExtractedDocument xref = extractWithFakeOcr(write("xref.pdf", brokenXref), LIMITS);
    assertThat(xref.status()).isEqualTo(Status.OK);
    assertThat(xref.pages()).hasSize(2);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private void assertFailed(Path file, String reason) throws IOException {
    ExtractedDocument result = extractWithFakeOcr(file, LIMITS);
    assertThat(result.status()).as(file.getFileName().toString()).isEqualTo(Status.FAILED);
    assertThat(result.reason()).as(file.getFileName().toString()).contains(reason);
  }
}
