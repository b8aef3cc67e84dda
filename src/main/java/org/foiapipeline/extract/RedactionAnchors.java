package org.foiapipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places redaction boxes into a page's text by position: a box goes after the nearest word left of it on its
 * line, else before the nearest word right of it, else (a box on a line of its own) after the last word
 * above it. Words under a box (OCR reading the black box, or text left beneath it) are not neighbours. Pure.
 */
final class RedactionAnchors {
  private RedactionAnchors() {}

  /** One anchor per box, in text order (ties by position on the page). */
  static List<RedactionAnchor> place(List<Box> boxes, List<WordSpan> words, int textLength) {
    List<RedactionAnchor> out = new ArrayList<>();
    for (Box b : boxes) {
      out.add(new RedactionAnchor(b, Math.max(0, Math.min(textLength, offset(b, words)))));
    }
    out.sort(Comparator.comparingInt(RedactionAnchor::offset)
        .thenComparingDouble(a -> a.box().y()).thenComparingDouble(a -> a.box().x()));
    return out;
  }

  private static int offset(Box b, List<WordSpan> words) {
    WordSpan left = null;
    WordSpan right = null;
    WordSpan above = null;
    WordSpan under = null;
    double middle = b.x() + b.width() / 2;
    for (WordSpan w : words) {
      if (covered(b, w)) {
        under = under == null || w.end() > under.end() ? w : under; // OCR reading the black box as a word
        continue;
      }
      if (sameLine(b, w.box())) {
        if (w.centerX() < middle && (left == null || w.box().x() + w.box().width() > left.box().x() + left.box().width())) {
          left = w;
        } else if (w.centerX() >= middle && (right == null || w.box().x() < right.box().x())) {
          right = w;
        }
      } else if (w.centerY() < b.y() && (above == null || isAfter(w, above))) {
        above = w;
      }
    }
    if (left != null) {
      return under != null && under.start() >= left.end() ? under.end() : left.end();
    }
    if (right != null) {
      return right.start();
    }
    return above == null ? 0 : above.end();
  }

  /** A word lower on the page, or on the same line and further right. */
  private static boolean isAfter(WordSpan w, WordSpan than) {
    double h = Math.min(w.box().height(), than.box().height());
    if (Math.abs(w.centerY() - than.centerY()) > h / 2) {
      return w.centerY() > than.centerY();
    }
    return w.centerX() > than.centerX();
  }

  /** Whether a word and a box share a line: they overlap by half the height of the lower of the two. */
  static boolean sameLine(Box b, Box w) {
    double overlap = Math.min(b.y() + b.height(), w.y() + w.height()) - Math.max(b.y(), w.y());
    return overlap > 0.5 * Math.min(b.height(), w.height());
  }

  private static boolean covered(Box b, WordSpan w) {
    return w.centerX() > b.x() && w.centerX() < b.x() + b.width() && w.centerY() > b.y()
        && w.centerY() < b.y() + b.height();
  }
}
