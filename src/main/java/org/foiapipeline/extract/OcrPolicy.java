package org.foiapipeline.extract;

/**
 * Decides, per PDF page, whether to keep its text layer, OCR it, or leave it without text. A pure function
 * of the OCR mode, the text layer and what the page draws.
 */
public final class OcrPolicy {
  /** A text layer with fewer non-space characters than this on a scanned page is a stamp, not the page. */
  public static final int STAMP_MAX_CHARS = 100;
  /** A textless page painting more vector paths than this may be outlined text: OCR it. */
  public static final int VECTOR_PAINTS_WORTH_OCR = 200;
  /** Over this share of glyphs without a Unicode mapping, the text layer misses most of the page. */
  public static final double MAX_UNMAPPED_GLYPH_SHARE = 0.5;
  /** Fewer glyphs than this are too few to judge by their mapping. */
  static final int MIN_GLYPHS_TO_JUDGE = 50;

  private final TextLayerQuality quality;

  public OcrPolicy(TextLayerQuality quality) {
    this.quality = quality;
  }

  /** What to do with one page. */
  public enum Action {
    KEEP_TEXT_LAYER,
    OCR,
    NO_TEXT
  }

  /** The decision and the note the page will carry. */
  public record Plan(Action action, String note) {}

  /**
   * @param mode AUTO judges the page; ALWAYS OCRs it; NEVER keeps whatever text layer it has
   * @param textLayer the page's extracted text layer, possibly empty
   * @param graphics what the page draws, with its glyph counts
   * @return the action and the note the page carries ("" when the text layer is kept)
   */
  public Plan decide(OcrMode mode, String textLayer, PageGraphics graphics) {
    boolean hasText = !textLayer.isBlank();
    boolean drawsSomething = graphics.imageCount() > 0 || graphics.pathPaints() > VECTOR_PAINTS_WORTH_OCR;
    return switch (mode) {
      case ALWAYS -> new Plan(Action.OCR, "ocr always");
      case NEVER -> hasText
          ? new Plan(Action.KEEP_TEXT_LAYER, "")
          : new Plan(Action.NO_TEXT, drawsSomething ? "no text layer (ocr off)" : "blank page");
      case AUTO -> auto(textLayer, hasText, drawsSomething, graphics);
    };
  }

  private Plan auto(String textLayer, boolean hasText, boolean drawsSomething, PageGraphics graphics) {
    if (graphics.glyphs() >= MIN_GLYPHS_TO_JUDGE && graphics.unmappedGlyphShare() > MAX_UNMAPPED_GLYPH_SHARE) {
      return new Plan(Action.OCR, "text layer without unicode map");
    }
    if (!hasText) {
      return drawsSomething ? new Plan(Action.OCR, "no text layer") : new Plan(Action.NO_TEXT, "blank page");
    }
    if (graphics.isScan() && visibleChars(textLayer) < STAMP_MAX_CHARS) {
      return new Plan(Action.OCR, "text stamp on scanned page");
    }
    if (quality.assess(textLayer).garbled()) {
      return new Plan(Action.OCR, "garbled text layer");
    }
    return new Plan(Action.KEEP_TEXT_LAYER, "");
  }

  static int visibleChars(String text) {
    return (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
  }
}
