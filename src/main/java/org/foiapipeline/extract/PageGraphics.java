package org.foiapipeline.extract;

import java.util.List;

/**
 * What a PDF page draws besides text, as far as OCR routing and redaction finding need it.
 *
 * @param imageCount images drawn (XObjects and inline images, including those inside forms)
 * @param largestImageCoverage share of the page area covered by the largest drawn image, 0-1
 * @param largestImagePixels pixel count of the largest drawn image
 * @param pathPaints fills and strokes of vector paths
 * @param glyphs text glyphs shown (visible or not)
 * @param unmappedGlyphs glyphs of composite fonts without a Unicode mapping, which text extraction drops
 * @param redactions filled near-black rectangles, in page fractions with a top-left origin
 */
public record PageGraphics(
        int imageCount,
    double largestImageCoverage,
    long largestImagePixels,
    int pathPaints,
    int glyphs,
    int unmappedGlyphs,
    List<Box> redactions) {
  public PageGraphics {
    redactions = List.copyOf(redactions);
  }

  /** A page that draws nothing, also used when the page's content stream cannot be read. */
  public static PageGraphics none() {
    return new PageGraphics(0, 0, 0, 0, 0, 0, List.of());
  }

  /** This page's graphics with the glyph counts of its text. */
  public PageGraphics withGlyphs(int shown, int unmapped) {
    return new PageGraphics(imageCount, largestImageCoverage, largestImagePixels, pathPaints, shown, unmapped, redactions);
  }

  /** Share of the shown glyphs that have no Unicode mapping, 0 when there are none. */
  public double unmappedGlyphShare() {
    return glyphs == 0 ? 0 : (double) unmappedGlyphs / glyphs;
  }

  /** Whether the page is (mostly) one big image, as a scanned page is. */
  public boolean isScan() {
    return largestImageCoverage >= 0.5;
  }
}
