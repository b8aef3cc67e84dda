package org.foiapipeline.index;

/**
 * One OCR'd page as the OCR triage lists it.
 *
 * @param id the document id
 * @param path the document's path
 * @param page 1-based page number
 * @param confidence Tesseract's mean word confidence 0-100, -1 when OCR found no words
 * @param words whitespace-separated words in the page text
 * @param note why the page was OCR'd, and what a re-OCR did to it
 */
public record OcrPageRow(String id, String path, int page, double confidence, int words, String note) {
  public OcrPageRow {
    note = note == null ? "" : note;
  }
}
