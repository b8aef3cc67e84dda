package org.foiapipeline.extract;

/** When to OCR a PDF page: only when its text layer is missing or garbage, always, or never. */
public enum OcrMode {
  AUTO,
  ALWAYS,
  NEVER
}
