package org.foiapipeline.ingest;

import java.nio.file.Path;
import org.foiapipeline.extract.Limits;
import org.foiapipeline.extract.Preprocessing;

/**
 * One {@code foia reocr} run's settings.
 *
 * @param index the index folder
 * @param below pages whose mean OCR confidence is below this (0-100) are OCR'd again
 * @param dpi resolution PDF pages are rendered at
 * @param preprocessing the image clean-ups applied before OCR
 * @param threads pages OCR'd at once
 * @param maxPages at most this many pages, the weakest first; 0 for all
 * @param limits extraction limits (OCR time per page, image size, file size)
 */
public record ReOcrConfig(
    Path index, double below, int dpi, Preprocessing preprocessing, int threads, int maxPages, Limits limits) {
  public static final double DEFAULT_BELOW = 70;
  public static final int DEFAULT_DPI = 400;

  public ReOcrConfig {
    if (!(below > 0 && below <= 100)) {
      throw new IllegalArgumentException("--below must be a confidence between 0 and 100, got " + below);
    }
    if (dpi < 50 || dpi > 1200) {
      throw new IllegalArgumentException("--dpi must be between 50 and 1200, got " + dpi);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    if (maxPages < 0) {
      throw new IllegalArgumentException("--limit must be 0 (all) or positive, got " + maxPages);
    }
  }

  /** What a page's note records after a try, so that a rerun with the same settings leaves the page alone. */
  public String mark() {
    return "reocr " + dpi + " dpi " + preprocessing.label();
  }
}
