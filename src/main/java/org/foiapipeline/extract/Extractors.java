package org.foiapipeline.extract;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * The extraction entry point: {@link #create} gives an {@link Extractor} that sends each file by its content
 * (magic bytes first, the name's extension as a hint) to {@link PdfExtractor}, {@link ImageExtractor} (PNG,
 * JPEG, TIFF: OCR page by page) or {@link TikaExtractor} (everything else).
 */
public final class Extractors {
  private Extractors() {}

  /**
   * @param limits every limit an extraction obeys
   * @param ocrPool runs Tesseract, one process per page; size it to the cores left for OCR. It must not be
   *     the pool that calls {@code extract}, which waits on it.
   */
  public static Extractor create(Limits limits, ExecutorService ocrPool) {
    return create(limits, ocrPool, TesseractOcr.onPath(limits.ocrPerPage()));
  }

  /** As {@link #create(Limits, ExecutorService)} with a given Tesseract (another binary, or a test double). */
  public static Extractor create(Limits limits, ExecutorService ocrPool, TesseractOcr ocr) {
    Extractor pdf = new PdfExtractor(limits, ocr, ocrPool);
    Extractor image = new ImageExtractor(limits, ocr, ocrPool);
    Extractor other = new TikaExtractor(limits);
    return (file, name) -> {
      String type = FileTypes.detect(file, name);
      if (type.equals(FileTypes.PDF)) {
        return pdf.extract(file, name);
      }
      return FileTypes.isImage(type) ? image.extract(file, name) : other.extract(file, name);
    };
  }

  /**
   * The media type by magic bytes (PDF, PNG, JPEG, TIFF) or else by the extension of {@code file}'s name;
   * {@code application/octet-stream} when neither says. Reads at most 1 KiB.
   */
  public static String detect(Path file) {
    return FileTypes.detect(file, file.getFileName().toString());
  }
}
