/**
 * Page text from PDFs (PDFBox text layer, Tesseract OCR where the layer is missing or garbage) and from
 * other formats (Tika), within named limits. Never throws a document away: every call returns an outcome.
 */
package org.foiapipeline.extract;
