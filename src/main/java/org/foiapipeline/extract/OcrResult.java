package org.foiapipeline.extract;

/**
 * The outcome of OCR on one image.
 *
 * @param text recognised text, lines and paragraphs rebuilt; empty when none
 * @param confidence mean word confidence 0-100, or -1 when no word was recognised or OCR failed
 * @param problem empty on success, else why there is no text ("ocr timeout", "tesseract not found: ...")
 * @param timedOut whether the problem is the per-page time limit
 */
public record OcrResult(String text, double confidence, String problem, boolean timedOut) {
  public OcrResult {
    text = text == null ? "" : text;
    problem = problem == null ? "" : problem;
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
