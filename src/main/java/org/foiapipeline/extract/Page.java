package org.foiapipeline.extract;

import java.util.List;

/**
 * One page's text as extracted.
 *
 * @param number 1-based page number in the file
 * @param text the page text in reading order; empty, never null, when there is none
 * @param source where the text came from
 * @param ocrConfidence Tesseract's mean word confidence 0-100 for OCR'd pages, -1 otherwise
 * @param redactions filled dark rectangles drawn on the page (PDF only)
 * @param note why the page has no text or was OCR'd ("no text layer", "garbled text layer", "ocr
 *     timeout") or empty
 */
public record Page(
    int number, String text, TextSource source, double ocrConfidence, List<Box> redactions, String note) {
  public Page {
    text = text == null ? "" : text;
    redactions = List.copyOf(redactions);
    note = note == null ? "" : note;
  }

  public static Page ofText(int number, String text) {
    return new Page(number, text, TextSource.TEXT_LAYER, -1, List.of(), "");
  }

  public boolean isOcr() {
    return source == TextSource.OCR;
  }
}
