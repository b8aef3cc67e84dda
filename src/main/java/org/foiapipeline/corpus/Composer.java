package org.foiapipeline.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds a {@link Draft} word by word. Text is split into words at spaces; a piece that does not start
 * with a space is glued to the one before (so {@code .ent(x).text(", ")} prints {@code "Dakota County,"}).
 * Entity names and snippets are single unbreakable tokens carrying their marks.
 */
final class Composer {
  private final Metrics metrics;
  private final Style base;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Draft.ContactInfo> contacts = new ArrayList<>();
  private final TreeSet<String> exemptions = new TreeSet<>();
  private List<Token> tokens = new ArrayList<>();
  private List<OpenCell> cells;
  private boolean boxed;
  private Block.Align align = Block.Align.LEFT;
  private float indent;
  private Style style;
  private boolean endedWithSpace = true;

  Composer(Metrics metrics, Style base) {
    this.metrics = metrics;
    this.base = base;
    this.style = base;
  }

  Style base() {
    return base;
  }

  Composer para() {
    return para(base, Block.Align.LEFT, 0);
  }

  Composer para(Style s, Block.Align a, float indentPoints) {
    flush();
    style = s;
    align = a;
    indent = indentPoints;
    return this;
  }

  /** Starts a one-line row of cells; {@link #cell} opens each cell. */
  Composer row(boolean frame) {
    flush();
    cells = new ArrayList<>();
    boxed = frame;
    return this;
  }

  Composer cell(float offset, Style s) {
    if (cells == null) {
      throw new IllegalStateException("cell outside a row");
    }
    tokens = new ArrayList<>();
    cells.add(new OpenCell(offset, tokens));
    style = s;
    endedWithSpace = true;
    return this;
  }

  Composer style(Style s) {
    style = s;
    return this;
  }

  Composer text(String s) {
    boolean glueFirst = !tokens.isEmpty() && !endedWithSpace && !s.startsWith(" ");
    boolean first = true;
    for (String w : s.trim().split(" +")) {
      if (!w.isEmpty()) {
        tokens.add(Token.word(w, style, first && glueFirst));
        first = false;
      }
    }
    if (!s.isEmpty()) {
      endedWithSpace = s.endsWith(" ");
    }
    return this;
  }

  Composer bold(String s) {
    Style keep = style;
    style = style.bold();
    text(s);
    style = keep;
    return this;
  }

  /** An entity mention written as {@code variant}. */
  Composer ent(Ent e, String variant) {
    return atom(variant, List.of(new Mark.EntityMark(e, variant)));
  }

  /** A black box as wide as {@code hidden} would be, then the printed exemption label. */
  Composer redact(Exemption ex, String hidden) {
    exemptions.addAll(ex.codes());
    float w = Math.max(18f, metrics.width(hidden, style));
    tokens.add(new Token(ex.printed(), style, glue(), List.of(new Mark.RedactionMark(ex.codes())), true, w));
    endedWithSpace = false;
    return this;
  }

  /** The evidence of a contact, one unbreakable token; {@code marks} are the entity mentions inside it. */
  Composer snippet(Draft.ContactInfo contact, List<Mark> marks) {
    List<Mark> all = new ArrayList<>(marks);
    all.add(new Mark.ContactMark(contacts.size()));
    contacts.add(contact);
    return atom(contact.snippet(), all);
  }

  /** Registers a contact whose evidence is carried by a token given the returned mark. */
  Mark contact(Draft.ContactInfo contact) {
    contacts.add(contact);
    return new Mark.ContactMark(contacts.size() - 1);
  }

  Composer atom(String text, List<Mark> marks) {
    tokens.add(new Token(text, style, glue(), marks, false, 0));
    endedWithSpace = false;
    return this;
  }

  Composer gap(float points) {
    flush();
    blocks.add(new Block.Gap(points));
    return this;
  }

  Composer pageBreak() {
    flush();
    blocks.add(new Block.PageBreak());
    return this;
  }

  Composer rule() {
    flush();
    blocks.add(new Block.Rule());
    return this;
  }

  Draft build(String kind, LocalDate date, Draft.Furniture furniture) {
    flush();
    return new Draft(kind, date, blocks, contacts, List.copyOf(exemptions), furniture);
  }

  /** A cell still being written; frozen into a {@link Block.Cell} when the row ends. */
  private record OpenCell(float offset, List<Token> tokens) {}

  private boolean glue() {
    return !tokens.isEmpty() && !endedWithSpace;
  }

  private void flush() {
    if (cells != null) {
      blocks.add(new Block.Row(cells.stream().map(c -> new Block.Cell(c.offset(), c.tokens())).toList(), boxed));
    } else if (!tokens.isEmpty()) {
      blocks.add(new Block.Paragraph(tokens, align, indent));
    }
    cells = null;
    tokens = new ArrayList<>();
    endedWithSpace = true;
    style = base;
    align = Block.Align.LEFT;
    indent = 0;
  }
}
