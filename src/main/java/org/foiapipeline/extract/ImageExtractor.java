package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Page text of an image file by OCR: each frame of a (multi-page) TIFF is a page; a PNG or JPEG is one page
 * and goes to Tesseract as it is. Images over {@link Limits#maxImagePixels()} are not decoded. Never throws.
 */
public final class ImageExtractor implements Extractor {
  private final Limits limits;
  private final TesseractOcr ocr;
  private final ExecutorService ocrPool;

  public ImageExtractor(Limits limits, TesseractOcr ocr, ExecutorService ocrPool) {
    this.limits = limits;
    this.ocr = ocr;
    this.ocrPool = ocrPool;
  }

  @Override
  public ExtractedDocument extract(Path file, String name) {
    String mediaType = FileTypes.detect(file, name);
    Optional<ExtractedDocument> early = Outcomes.precheck(file, limits, mediaType);
    if (early.isPresent()) {
      return early.get();
    }
    Path tempDir = null;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return ExtractedDocument.failed(mediaType, Status.FAILED, "not a readable image");
      }
      ImageReader reader = readers.next();
      reader.setInput(in);
      tempDir = Files.createTempDirectory("foia-image");
      return extract(file, mediaType, reader, tempDir);
    } catch (IOException | RuntimeException e) {
      return ExtractedDocument.failed(mediaType, Status.FAILED, "not a readable image: " + e.getMessage());
    } finally {
      TempFiles.delete(tempDir);
    }
  }

  private ExtractedDocument extract(Path file, String mediaType, ImageReader reader, Path tempDir)
      throws IOException {
    int frames = reader.getNumImages(true);
    if (frames > limits.maxPages()) {
      return ExtractedDocument.failed(mediaType, Status.TOO_LARGE,
          frames + " pages, over the limit of " + limits.maxPages());
    }
    OcrBatch batch = new OcrBatch(ocr, ocrPool, 2 * Runtime.getRuntime().availableProcessors());
    boolean single = frames == 1 && !mediaType.equals("image/tiff");
    for (int i = 0; i < frames; i++) {
      queue(batch, reader, i, single ? file : null, tempDir);
    }
    return assemble(mediaType, frames, batch.finish());
  }

  private void queue(OcrBatch batch, ImageReader reader, int index, Path original, Path tempDir) {
    int number = index + 1;
    try {
      long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
      if (pixels > limits.maxImagePixels()) {
        batch.skip(number, OcrResult.failed("image too large"));
      } else if (original != null) {
        batch.submit(number, original, false);
      } else {
        BufferedImage image = reader.read(index);
        Path png = Files.createTempFile(tempDir, "frame-" + number + "-", ".png");
        ImageIO.write(image, "png", png.toFile());
        batch.submit(number, png);
      }
    } catch (IOException | RuntimeException e) {
      batch.skip(number, OcrResult.failed("image page unreadable: " + e.getMessage()));
    }
  }

  private static ExtractedDocument assemble(String mediaType, int frames, Map<Integer, OcrResult> results) {
    List<Page> pages = new ArrayList<>();
    List<Outcomes.PageProblem> problems = new ArrayList<>();
    for (int number = 1; number <= frames; number++) {
      OcrResult r = results.getOrDefault(number, OcrResult.failed("ocr not run"));
      if (r.ok()) {
        String note = r.text().isBlank() ? "image; ocr found no text" : "image";
        pages.add(new Page(number, r.text(), TextSource.OCR, r.confidence(), List.of(), note));
      } else {
        problems.add(new Outcomes.PageProblem(number, r.problem(), r.timedOut()));
        pages.add(new Page(number, "", TextSource.NONE, -1, List.of(), r.problem()));
      }
    }
    return Outcomes.of(mediaType, pages, problems, "no text found by ocr");
  }
}
