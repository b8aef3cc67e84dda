package org.foiapipeline.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Where every token of a document landed: pages of lines of placed tokens, top to bottom. */
final class Layout {
  private Layout() {}

  /** A token at its x position, {@code width} points wide (box, gap and code for a redaction). */
  record Placed(Token token, float x, float width) {}

  /** One baseline of text; {@code boxed} draws a frame around it (stamps). */
  record Line(float y, List<Placed> items, boolean boxed) {
    Line {
      items = List.copyOf(items);
    }

    /** The visible text: tokens joined by one space unless glued; a redaction shows its code. */
    String text() {
      StringBuilder sb = new StringBuilder();
      for (Placed p : items) {
        if (sb.length() > 0 && !p.token().glue()) {
          sb.append(' ');
        }
        sb.append(p.token().text());
      }
      return sb.toString();
    }

    float size() {
      return (float) items.stream().mapToDouble(p -> p.token().style().size()).max().orElse(10);
    }
  }

  /** A page's lines (top to bottom) and the y positions of its horizontal rules. */
  record PageLayout(List<Line> lines, List<Float> rules) {
    PageLayout {
      lines = List.copyOf(lines);
      rules = List.copyOf(rules);
    }

    /** The page's true visible text: its lines, top to bottom, one per row. */
    String text() {
      return lines.stream().map(Line::text).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }
  }
}
