package org.foiapipeline.extract;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds redaction boxes on a PDF page: filled near-black rectangles at least 3 pt in each direction and
 * smaller than the page background, as fractions of the displayed page (top-left origin, /Rotate applied).
 * Boxes burnt into a scanned image are found in the rendered page when it is OCR'd ({@link ImageRedactions}).
 */
public final class RedactionFinder {
  private RedactionFinder() {}

  /** The redaction boxes drawn on a page; empty when there are none or the page cannot be read. */
  public static List<Box> find(PDPage page) {
    return PageGraphicsScanner.scan(page).redactions();
  }
}
