package org.foiapipeline.extract;

/**
 * Which of two OCR readings of a page to keep. A new reading replaces the old one only when it is clearly
 * better: Tesseract's mean word confidence is at least {@value #MIN_GAIN} points higher, and it kept at least
 * {@value #MIN_TEXT_SHARE} of the old reading's letters and digits. The second condition is there because a
 * mean confidence also rises when hard words are dropped: a reading that lost half the page is not better,
 * however sure it is of the rest. A failed or empty new reading never wins; any readable one beats a page
 * that had no text.
 */
public final class OcrChoice {
  /** Confidence points a new reading must gain; smaller differences are run-to-run noise. */
  public static final double MIN_GAIN = 1.0;
  /** Share of the old reading's letters and digits a new reading must keep. */
  public static final double MIN_TEXT_SHARE = 0.8;

  private OcrChoice() {}

  /**
   * @param oldConfidence the kept reading's mean confidence, -1 when it had none
   * @param oldText the kept reading's text, empty when none
   * @return whether {@code candidate} should replace the old reading
   */
  public static boolean better(OcrResult candidate, double oldConfidence, String oldText) {
    if (!candidate.ok() || alphanumerics(candidate.text()) == 0) {
      return false;
    }
    if (oldConfidence < 0 || alphanumerics(oldText) == 0) {
      return true;
    }
    return candidate.confidence() >= oldConfidence + MIN_GAIN
        && alphanumerics(candidate.text()) >= MIN_TEXT_SHARE * alphanumerics(oldText);
  }

  static int alphanumerics(String text) {
    return (int) (text == null ? 0 : text.codePoints().filter(Character::isLetterOrDigit).count());
  }
}
