package org.foiapipeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises a glyph drawn again over itself — "fake bold" and shadowed text, which PDF writers print two or
 * three times a fraction of a point apart — so that the text keeps one copy: the same character within the
 * given tolerance in both directions of one already seen on the page. This is the rule of PDFBox's own
 * duplicate suppression, kept in a hash grid instead of sorted maps of boxed floats, which made the
 * suppression 40% of the text stripper's time. Not thread-safe; {@link #clear} between pages.
 */
final class OverlapFilter {
  /** Grid cell in text-space units (points); a tolerance is usually a third of a glyph's width, 1–3 points. */
  private static final float CELL = 4f;
  /** Cells looked at one by one; a wider search (a giant glyph, rare) reads every glyph of the page. */
  private static final long MAX_CELLS = 16;

  private record Glyph(String text, float x, float y) {}

  private final Map<Long, List<Glyph>> cells = new HashMap<>();

  /**
   * Whether {@code text} drawn at (x, y) repeats a glyph already seen within {@code tolerance}; if not, the
   * glyph is remembered.
   */
  boolean repeats(String text, float x, float y, float tolerance) {
    long x0 = cell(x - tolerance);
    long x1 = cell(x + tolerance);
    long y0 = cell(y - tolerance);
    long y1 = cell(y + tolerance);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
      for (List<Glyph> glyphs : cells.values()) {
        if (near(glyphs, text, x, y, tolerance)) {
          return true;
        }
      }
    } else {
      for (long cx = x0; cx <= x1; cx++) {
        for (long cy = y0; cy <= y1; cy++) {
          if (near(cells.get(key(cx, cy)), text, x, y, tolerance)) {
            return true;
          }
        }
      }
    }
    cells.computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>(2)).add(new Glyph(text, x, y));
    return false;
  }

  void clear() {
    cells.clear();
  }

  private static boolean near(List<Glyph> glyphs, String text, float x, float y, float tolerance) {
    if (glyphs == null) {
      return false;
    }
    for (Glyph g : glyphs) {
      if (Math.abs(g.x() - x) < tolerance && Math.abs(g.y() - y) < tolerance && g.text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static long cell(float v) {
    return (long) Math.floor(v / CELL);
  }

  /**
   * One number per cell, and different for different cells. The odd multiplier (a bijection on longs) spreads
   * the cells over the map: {@code Long.hashCode} of the plain {@code cx << 32 | cy} is {@code cx ^ cy}, which
   * crowds a page's 30,000 cells into 256 buckets.
   */
  private static long key(long cx, long cy) {
    return ((cx << 32) ^ (cy & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
  }
}
