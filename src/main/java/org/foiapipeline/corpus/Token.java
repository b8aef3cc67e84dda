package org.foiapipeline.corpus;

import java.util.List;

/**
 * One unbreakable piece of a line. A redaction token prints only its exemption {@code text} beside a black
 * box {@code hiddenWidth} points wide; the hidden words are never kept.
 *
 * @param glue true when no space separates it from the token before
 * @param redaction true for a black box followed by the exemption code in {@code text}
 */
record Token(String text, Style style, boolean glue, List<Mark> marks, boolean redaction, float hiddenWidth) {
  Token {
    marks = List.copyOf(marks);
  }

  static Token word(String text, Style style, boolean glue) {
    return new Token(text, style, glue, List.of(), false, 0);
  }

  Token withStyle(Style newStyle) {
    return new Token(text, newStyle, glue, marks, redaction, hiddenWidth);
  }
}
