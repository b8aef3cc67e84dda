package org.foiapipeline.corpus;

import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.corpus.Layout.Line;
import org.foiapipeline.corpus.Layout.PageLayout;
import org.foiapipeline.corpus.Layout.Placed;

/**
 * Places a draft on US Letter pages: wraps paragraphs at spaces (never inside an entity or snippet token),
 * breaks pages, then adds the furniture (fax header, page label, Bates number) once the page count is known.
 */
final class Layouter {
  static final float PAGE_WIDTH = 612;
  static final float PAGE_HEIGHT = 792;
  static final float LEFT = 72;
  static final float RIGHT = 540;
  private static final float TOP = 716;
  private static final float BOTTOM = 76;
  private static final float FOOTER_Y = 40;
  private static final float FAX_Y = 768;
  private static final float LEADING = 1.32f;

  private final Metrics metrics;
  private final List<List<Line>> pages = new ArrayList<>();
  private final List<List<Float>> rules = new ArrayList<>();
  private float y;

  Layouter(Metrics metrics) {
    this.metrics = metrics;
  }

  /** Lays out one draft; a Layouter is used for one draft only. */
  List<PageLayout> layout(Draft draft) {
    newPage();
    for (Block block : draft.blocks()) {
      place(block);
    }
    if (pages.size() > 1 && pages.get(pages.size() - 1).isEmpty()) {
      pages.remove(pages.size() - 1);
      rules.remove(rules.size() - 1);
    }
    List<PageLayout> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      List<Line> lines = new ArrayList<>(pages.get(i));
      furnish(draft.furniture(), i + 1, pages.size(), lines);
      out.add(new PageLayout(lines, rules.get(i)));
    }
    return out;
  }

  /** The Bates number of 1-based page {@code page}. */
  static String bates(Draft.Furniture f, int page) {
    return String.format(java.util.Locale.ROOT, f.batesFormat(), f.batesStart() + page - 1);
  }

  private void place(Block block) {
    if (block instanceof Block.Paragraph p) {
      paragraph(p);
    } else if (block instanceof Block.Row r) {
      row(r);
    } else if (block instanceof Block.Gap g) {
      y -= g.points();
    } else if (block instanceof Block.PageBreak) {
      if (!current().isEmpty()) {
        newPage();
      }
    } else if (block instanceof Block.Rule) {
      ensure(10);
      y -= 4;
      rules.get(rules.size() - 1).add(y);
      y -= 6;
    }
  }

  private void paragraph(Block.Paragraph p) {
    float start = LEFT + p.indent();
    List<Token> line = new ArrayList<>();
    float x = start;
    for (Token t : p.tokens()) {
      float w = metrics.width(t);
      float advance = line.isEmpty() || t.glue() ? w : metrics.space(t.style()) + w;
      if (!line.isEmpty() && x + advance > RIGHT && !t.glue()) {
        emit(line, start, p.align());
        line = new ArrayList<>();
        x = start;
        advance = w;
      }
      line.add(line.isEmpty() ? unglued(t) : t);
      x += advance;
    }
    if (!line.isEmpty()) {
      emit(line, start, p.align());
    }
  }

  private static Token unglued(Token t) {
    return t.glue() ? new Token(t.text(), t.style(), false, t.marks(), t.redaction(), t.hiddenWidth()) : t;
  }

  private void emit(List<Token> tokens, float start, Block.Align align) {
    List<Placed> placed = place(tokens, start);
    float width = placed.isEmpty() ? 0 : end(placed) - start;
    float shift =
        switch (align) {
          case LEFT -> 0;
          case CENTER -> (RIGHT - start - width) / 2;
          case RIGHT -> RIGHT - start - width;
        };
    if (shift != 0) {
      placed = placed.stream().map(pl -> new Placed(pl.token(), pl.x() + shift, pl.width())).toList();
    }
    addLine(placed, false);
  }

  private void row(Block.Row r) {
    List<Placed> placed = new ArrayList<>();
    for (Block.Cell c : r.cells()) {
      List<Token> ts = new ArrayList<>(c.tokens());
      if (!ts.isEmpty()) {
        ts.set(0, unglued(ts.get(0)));
      }
      placed.addAll(place(ts, LEFT + c.offset()));
    }
    addLine(placed, r.boxed());
  }

  private List<Placed> place(List<Token> tokens, float start) {
    List<Placed> out = new ArrayList<>();
    float x = start;
    for (Token t : tokens) {
      if (!out.isEmpty() && !t.glue()) {
        x += metrics.space(out.get(out.size() - 1).token().style());
      }
      float w = metrics.width(t);
      out.add(new Placed(t, x, w));
      x += w;
    }
    return out;
  }

  private static float end(List<Placed> placed) {
    Placed last = placed.get(placed.size() - 1);
    return last.x() + last.width();
  }

  private void addLine(List<Placed> placed, boolean boxed) {
    if (placed.isEmpty()) {
      return;
    }
    float size = (float) placed.stream().mapToDouble(p -> p.token().style().size()).max().orElse(10);
    float height = size * LEADING + (boxed ? 8 : 0);
    ensure(height);
    current().add(new Line(y - size - (boxed ? 4 : 0), placed, boxed));
    y -= height;
  }

  private void ensure(float height) {
    if (y - height < BOTTOM && !current().isEmpty()) {
      newPage();
    }
  }

  private List<Line> current() {
    return pages.get(pages.size() - 1);
  }

  private void newPage() {
    pages.add(new ArrayList<>());
    rules.add(new ArrayList<>());
    y = TOP;
  }

  private void furnish(Draft.Furniture f, int page, int count, List<Line> lines) {
    Style s = f.style();
    if (f.faxHeader() != null) {
      List<Token> ts = words(String.format(java.util.Locale.ROOT, f.faxHeader(), page, count), s);
      lines.add(0, new Line(FAX_Y, place(ts, LEFT - 36), false));
    }
    List<Placed> footer = new ArrayList<>();
    if (f.pageLabel() != null) {
      List<Token> label = words(String.format(java.util.Locale.ROOT, f.pageLabel(), page, count), s);
      List<Placed> p = place(label, LEFT);
      float shift = (PAGE_WIDTH - (end(p) - LEFT)) / 2 - LEFT;
      p.forEach(pl -> footer.add(new Placed(pl.token(), pl.x() + shift, pl.width())));
    }
    List<Placed> b = place(words(bates(f, page), s.bold()), LEFT);
    float shift = RIGHT + 20 - end(b);
    b.forEach(pl -> footer.add(new Placed(pl.token(), pl.x() + shift, pl.width())));
    lines.add(new Line(FOOTER_Y, footer, false));
  }

  private static List<Token> words(String text, Style s) {
    List<Token> out = new ArrayList<>();
    for (String w : text.trim().split(" +")) {
      out.add(Token.word(w, s, false));
    }
    return out;
  }
}
