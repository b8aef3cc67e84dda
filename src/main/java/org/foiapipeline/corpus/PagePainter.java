package org.foiapipeline.corpus;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.foiapipeline.corpus.Layout.Line;
import org.foiapipeline.corpus.Layout.PageLayout;
import org.foiapipeline.corpus.Layout.Placed;

/**
 * Draws a laid-out page as vector text: runs of same-style tokens as one string each, redactions as a
 * filled black box with the exemption code as real text beside it. The hidden words are never drawn.
 */
final class PagePainter {
  private final Map<Style.Face, PDFont> fonts = new EnumMap<>(Style.Face.class);
  private final Metrics metrics = new Metrics();

  PagePainter() {
    for (Style.Face face : Style.Face.values()) {
      fonts.put(face, new PDType1Font(face.font));
    }
  }

  void paint(PDPageContentStream cs, PageLayout page) throws IOException {
    cs.setNonStrokingColor(0f);
    cs.setStrokingColor(0f);
    for (float ry : page.rules()) {
      cs.setLineWidth(0.7f);
      cs.moveTo(Layouter.LEFT, ry);
      cs.lineTo(Layouter.RIGHT, ry);
      cs.stroke();
    }
    for (Line line : page.lines()) {
      paint(cs, line);
    }
  }

  private void paint(PDPageContentStream cs, Line line) throws IOException {
    List<Placed> items = line.items();
    int i = 0;
    while (i < items.size()) {
      Placed first = items.get(i);
      if (first.token().redaction()) {
        redaction(cs, first, line.y());
        i++;
        continue;
      }
      StringBuilder run = new StringBuilder(first.token().text());
      int j = i + 1;
      while (j < items.size() && sameRun(items.get(j - 1), items.get(j))) {
        run.append(items.get(j).token().glue() ? "" : " ").append(items.get(j).token().text());
        j++;
      }
      text(cs, run.toString(), first.token().style(), first.x(), line.y());
      i = j;
    }
    if (line.boxed()) {
      frame(cs, line);
    }
  }

  /** Whether {@code next} directly follows {@code prev} in the same style, so one string can draw both. */
  private boolean sameRun(Placed prev, Placed next) {
    if (next.token().redaction() || prev.token().redaction() || !next.token().style().equals(prev.token().style())) {
      return false;
    }
    float expected = prev.x() + prev.width() + (next.token().glue() ? 0 : metrics.space(prev.token().style()));
    return Math.abs(next.x() - expected) < 0.01f;
  }

  /** The box of a redaction token on a line at {@code y}: {x, y, width, height} in user space (bottom-left). */
  static float[] redactionBox(Placed p, float y) {
    float size = p.token().style().size();
    return new float[] {p.x(), y - size * 0.22f, p.token().hiddenWidth(), size * 0.98f};
  }

  private void redaction(PDPageContentStream cs, Placed p, float y) throws IOException {
    Token t = p.token();
    float[] box = redactionBox(p, y);
    cs.addRect(box[0], box[1], box[2], box[3]);
    cs.fill();
    text(cs, t.text(), t.style(), p.x() + t.hiddenWidth() + Metrics.CODE_GAP, y);
  }

  private void text(PDPageContentStream cs, String s, Style style, float x, float y) throws IOException {
    cs.beginText();
    cs.setFont(fonts.get(style.face()), style.size());
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void frame(PDPageContentStream cs, Line line) throws IOException {
    Placed first = line.items().get(0);
    Placed last = line.items().get(line.items().size() - 1);
    float size = line.size();
    cs.setLineWidth(1.4f);
    cs.addRect(first.x() - 5, line.y() - 5, last.x() + last.width() - first.x() + 10, size + 9);
    cs.stroke();
  }
}
