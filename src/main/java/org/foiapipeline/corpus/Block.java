package org.foiapipeline.corpus;

import java.util.List;

/** A unit of a draft that the layouter places: wrapped paragraphs, fixed rows, gaps, breaks, rules. */
sealed interface Block {
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Words wrapped to the text width, starting {@code indent} points in. */
  record Paragraph(List<Token> tokens, Align align, float indent) implements Block {
    public Paragraph {
      tokens = List.copyOf(tokens);
    }
  }

  /** One line of cells at fixed offsets from the left margin (tables, two-column letterheads); never wrapped. */
  record Row(List<Cell> cells, boolean boxed) implements Block {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** Tokens of one cell of a {@link Row}, starting {@code offset} points right of the left margin. */
  record Cell(float offset, List<Token> tokens) {
    public Cell {
      tokens = List.copyOf(tokens);
    }
  }

  /** Vertical space. */
  record Gap(float points) implements Block {}

  /** Starts a new page unless the current one is empty. */
  record PageBreak() implements Block {}

  /** A horizontal rule across the text width (no text). */
  record Rule() implements Block {}
}
