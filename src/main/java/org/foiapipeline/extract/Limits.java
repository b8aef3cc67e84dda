package org.foiapipeline.extract;

import java.time.Duration;

/**
 * Every limit an extraction obeys, each with a name and a default.
 *
 * @param maxFileBytes larger inputs are recorded as too_large without being opened
 * @param maxPages PDFs with more pages are recorded as too_large
 * @param ocrPerPage time limit for Tesseract on one page; a page over it is left without text
 * @param parsePerDocument time limit for one whole document; over it the document is a timeout
 * @param ocrDpi resolution pages are rendered at for OCR
 * @param ocrMode when to OCR PDF pages
 * @param maxImagePixels rendered or embedded images larger than this are not OCR'd
 */
public record Limits(
    long maxFileBytes,
    int maxPages,
    Duration ocrPerPage,
    Duration parsePerDocument,
    int ocrDpi,
    OcrMode ocrMode,
    long maxImagePixels) {

  public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;
  public static final int DEFAULT_MAX_PAGES = 10_000;
  public static final Duration DEFAULT_OCR_PER_PAGE = Duration.ofSeconds(120);
  public static final Duration DEFAULT_PARSE_PER_DOCUMENT = Duration.ofMinutes(30);
  public static final int DEFAULT_OCR_DPI = 300;
  public static final long DEFAULT_MAX_IMAGE_PIXELS = 100_000_000L;

  public Limits {
    if (maxFileBytes <= 0 || maxPages <= 0 || ocrDpi < 50 || ocrDpi > 1200 || maxImagePixels <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive and --ocr-dpi between 50 and 1200, got dpi " + ocrDpi);
    }
  }

  public static Limits defaults() {
    return new Limits(
        DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_PAGES,
        DEFAULT_OCR_PER_PAGE,
        DEFAULT_PARSE_PER_DOCUMENT,
        DEFAULT_OCR_DPI,
        OcrMode.AUTO,
        DEFAULT_MAX_IMAGE_PIXELS);
  }

  public Limits withOcrMode(OcrMode mode) {
    return new Limits(maxFileBytes, maxPages, ocrPerPage, parsePerDocument, ocrDpi, mode, maxImagePixels);
  }

  public Limits withOcrDpi(int dpi) {
    return new Limits(maxFileBytes, maxPages, ocrPerPage, parsePerDocument, dpi, ocrMode, maxImagePixels);
  }
}
