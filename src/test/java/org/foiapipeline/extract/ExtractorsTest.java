package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorsTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @TempDir Path dir;
  private Extractor extractor;

  @BeforeEach
  void create() throws IOException {
    extractor = Extractors.create(Limits.defaults(), POOL, TestPdfs.fakeTesseract(dir, Duration.ofSeconds(30)));
  }

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  void pdfIsRecognisedByItsBytesWhateverItsName() throws IOException {
    Path pdf = dir.resolve("release.bin");
    try (PDDocument doc = new PDDocument()) {
      TestPdfs.addTextPage(doc, "The agreement between ICE and the Sheriff.");
      TestPdfs.save(doc, pdf);
    }
    assertThat(Extractors.detect(pdf)).isEqualTo("application/pdf");
    ExtractedDocument result = extractor.extract(pdf, "release.bin");
    assertThat(result.mediaType()).isEqualTo("application/pdf");
    assertThat(result.pages().get(0).text()).contains("agreement between ICE");
  }

  @Test
  void imagesAreOcrdPageByPage() throws IOException {
    Path png = dir.resolve("scan.png");
    ImageIO.write(TestPdfs.picture(200, 100, "x"), "png", png.toFile());
    ExtractedDocument single = extractor.extract(png, "scan.png");
    assertThat(single.mediaType()).isEqualTo("image/png");
    assertThat(single.status()).isEqualTo(Status.OK);
    assertThat(single.pages()).extracting(Page::text).containsExactly("fake ocr");
    assertThat(single.pages().get(0).source()).isEqualTo(TextSource.OCR);

    Path tiff = writeTiff(dir.resolve("fax.tif"), 3);
    ExtractedDocument multi = extractor.extract(tiff, "fax.tif");
    assertThat(multi.mediaType()).isEqualTo("image/tiff");
    assertThat(multi.pages()).hasSize(3).allSatisfy(p -> assertThat(p.isOcr()).isTrue());
  }

  @Test
  void otherFormatsGoToTikaAndRandomBytesNamedPdfFail() throws IOException {
    Path txt = Files.writeString(dir.resolve("memo.txt"), "Memo to the Sheriff.");
    assertThat(extractor.extract(txt, "memo.txt").pages().get(0).text()).isEqualTo("Memo to the Sheriff.");
    Path fake = Files.write(dir.resolve("fake.pdf"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    ExtractedDocument result = extractor.extract(fake, "fake.pdf");
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.reason()).startsWith("not a readable PDF");
    Path brokenPng = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    assertThat(extractor.extract(brokenPng, "broken.png").status()).isEqualTo(Status.FAILED);
  }

  private static Path writeTiff(Path file, int frames) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < frames; i++) {
        BufferedImage page = TestPdfs.picture(300, 200, "Page " + (i + 1));
        writer.writeToSequence(new IIOImage(page, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return file;
  }
}
