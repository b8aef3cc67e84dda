package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * OCRs one page of a file again: renders it (at a chosen resolution for PDFs), cleans the image up with the
 * given {@link Preprocessing}, and runs Tesseract. Thread-safe: every call opens its own copy of the file.
 * Never throws: an unreadable file or page becomes a failed {@link OcrResult} that says why.
 */
public final class PageReOcr {
  private final PageRaster raster;
  private final Preprocessing preprocessing;
  private final TesseractOcr ocr;
  private final int dpi;

  public PageReOcr(Limits limits, Preprocessing preprocessing, TesseractOcr ocr, int dpi) {
    if (dpi < 50 || dpi > 1200) {
      throw new IllegalArgumentException("--dpi must be between 50 and 1200, got " + dpi);
    }
    this.raster = new PageRaster(limits);
    this.preprocessing = preprocessing;
    this.ocr = ocr;
    this.dpi = dpi;
  }

  public int dpi() {
    return dpi;
  }

  public Preprocessing preprocessing() {
    return preprocessing;
  }

  /**
   * @param file a readable copy of the input
   * @param name the input's path as the user knows it
   * @param page 1-based page number
   */
  public OcrResult run(Path file, String name, int page) {
    Path png = null;
    try {
      BufferedImage image = preprocessing.apply(raster.render(file, name, page, dpi));
      png = Files.createTempFile("foia-reocr-" + page + "-", ".png");
      ImageIO.write(image, "png", png.toFile());
      return ocr.recognize(png);
    } catch (IOException e) {
      return OcrResult.failed(e.getMessage() == null ? "page could not be rendered" : e.getMessage());
    } catch (RuntimeException | OutOfMemoryError e) {
      return OcrResult.failed("page could not be processed: " + e);
    } finally {
      TempFiles.delete(png);
    }
  }
}
