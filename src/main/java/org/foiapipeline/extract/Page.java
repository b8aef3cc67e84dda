package org.foiapipeline.extract;

import java.util.List;

/**
 * One page's text as extracted.
 *
 * @param number 1-based page number in the file
 * @param text the page text in reading order; empty, never null, when there is none
 * @param source where the text came from
 * @param ocrConfidence Tesseract's mean word confidence 0-100 for OCR'd pages, -1 otherwise
 * @param redactions filled dark rectangles drawn on the page, or burnt into the image of an OCR'd PDF page
 *     (PDF only)
 * @param note why the page has no text or was OCR'd ("no text layer", "garbled text layer", "ocr
 *     timeout") or empty
 * @param anchors where each redaction box stands in {@code text}, in text order; empty when the page has no
 *     boxes or no text to place them in
 */
public record Page(
    int number, String text, TextSource source, double ocrConfidence, List<Box> redactions, String note,
    List<RedactionAnchor> anchors) {
  public Page {
    text = text == null ? "" : text;
    redactions = List.copyOf(redactions);
    note = note == null ? "" : note;
    anchors = anchors == null ? List.of() : List.copyOf(anchors);
  }

  /** A page whose redaction boxes are not placed in its text. */
  public Page(int number, String text, TextSource source, double ocrConfidence, List<Box> redactions, String note) {
    this(number, text, source, ocrConfidence, redactions, note, List.of());
  }

  /** Share of the page's area under redaction boxes, 0-1 (overlaps are counted once per box, capped at 1). */
  public double redactedShare() {
    double sum = redactions.stream().mapToDouble(b -> b.width() * b.height()).sum();
    return Math.min(1, Math.round(sum * 10_000) / 10_000.0);
  }

  public static Page ofText(int number, String text) {
    return new Page(number, text, TextSource.TEXT_LAYER, -1, List.of(), "");
  }

  public boolean isOcr() {
    return source == TextSource.OCR;
  }
}
