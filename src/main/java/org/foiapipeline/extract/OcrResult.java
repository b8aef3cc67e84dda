package org.foiapipeline.extract;

import java.util.List;

/**
 * The outcome of OCR on one image.
 *
 * @param text recognised text, lines and paragraphs rebuilt; empty when none
 * @param confidence mean word confidence 0-100, or -1 when no word was recognised or OCR failed
 * @param problem empty on success, else why there is no text ("ocr timeout", "tesseract not found: ...")
 * @param timedOut whether the problem is the per-page time limit
 * @param words the recognised words with their place in {@code text} and on the image (fractions); empty when
 *     not known
 */
public record OcrResult(String text, double confidence, String problem, boolean timedOut, List<WordSpan> words) {
  public OcrResult {
    text = text == null ? "" : text;
    problem = problem == null ? "" : problem;
    words = words == null ? List.of() : List.copyOf(words);
  }

  /** A result without word positions. */
  public OcrResult(String text, double confidence, String problem, boolean timedOut) {
    this(text, confidence, problem, timedOut, List.of());
  }

  public static OcrResult failed(String problem) {
    return new OcrResult("", -1, problem, false);
  }

  public static OcrResult timeout() {
    return new OcrResult("", -1, "ocr timeout", true);
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
