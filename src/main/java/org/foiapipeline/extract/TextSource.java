package org.foiapipeline.extract;

/** Where a page's text came from. */
public enum TextSource {
  /** The PDF's own text layer (or a born-digital format). */
  TEXT_LAYER,
  /** Tesseract OCR of the rendered page or image. */
  OCR,
  /** No usable text: the page is blank, or OCR failed or timed out (see the page reason). */
  NONE
}
