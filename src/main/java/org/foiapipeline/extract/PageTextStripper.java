package org.foiapipeline.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Extracts every page's text layer in one pass over the document (calling PDFBox once per page would walk
 * the page tree once per page). A page whose content stream throws keeps the text read before the error
 * and is reported; the other pages go on.
 */
final class PageTextStripper extends PDFTextStripper {
  private final StringWriter buffer = new StringWriter();
  private final String[] texts;
  private final int[] glyphs;
  private final int[] unmapped;
  private final Map<Integer, String> errors = new TreeMap<>();

  /**
   * Text per page (index 0 is page 1), glyphs shown and glyphs without a Unicode mapping per page, and the
   * pages that failed by 1-based number.
   */
  record Result(String[] texts, int[] glyphs, int[] unmapped, Map<Integer, String> errors) {}

  private PageTextStripper(int pages) {
    texts = new String[pages];
    glyphs = new int[pages];
    unmapped = new int[pages];
    Arrays.fill(texts, "");
    // Content-stream order agrees better with poppler on the real corpus (bag-of-words F1 0.9959 against
    // 0.9920 sorted): sorting interleaves underscores of form lines with the words written on them.
    setSortByPosition(false);
    setLineSeparator("\n");
  }

  static Result extract(PDDocument document) throws IOException {
    PageTextStripper stripper = new PageTextStripper(document.getNumberOfPages());
    stripper.writeText(document, stripper.buffer);
    return new Result(stripper.texts, stripper.glyphs, stripper.unmapped, Map.copyOf(stripper.errors));
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    int index = getCurrentPageNo() - 1;
    if (index >= 0 && index < glyphs.length) {
      glyphs[index]++;
      // The stripper drops composite-font glyphs it cannot map (poppler prints them as gibberish).
      if (font instanceof PDType0Font && font.toUnicode(code) == null) {
        unmapped[index]++;
      }
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    int number = getCurrentPageNo();
    try {
      super.processPage(page);
    } catch (IOException | RuntimeException e) {
      errors.put(number, "page " + number + " unreadable: " + e.getMessage());
    }
    if (number >= 1 && number <= texts.length) {
      texts[number - 1] = buffer.toString().strip();
    }
    buffer.getBuffer().setLength(0);
  }
}
