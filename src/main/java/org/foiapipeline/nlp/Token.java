package org.foiapipeline.nlp;

/**
 * One word of page text, as the gazetteer and the patterns see it.
 *
 * @param key the OCR-folded lower-case form used for matching (see {@link TextTokens#fold})
 * @param raw the characters as they stand on the page (a word hyphenated across lines keeps its hyphen)
 * @param start offset of the first character in the page text
 * @param end offset after the last character
 * @param stopBefore whether punctuation that ends a name ({@code ; : ( ) " /}) stands before it
 * @param commaBefore whether a comma stands before it
 * @param lineBefore whether a line break stands before it
 * @param periodBefore whether a full stop stands before it (a sentence end, or an abbreviation like "St.")
 */
public record Token(
    String key,
    String raw,
    int start,
    int end,
    boolean stopBefore,
    boolean commaBefore,
    boolean lineBefore,
    boolean periodBefore) {

  /** Whether the word starts with a capital letter (or a digit OCR made of one). */
  public boolean capitalized() {
    char c = raw.charAt(0);
    return Character.isUpperCase(c) || c == '0' || c == '1' || c == '5';
  }

  /** Whether every letter is a capital, reading OCR's 0/1/5/l for O/I/S/I. */
  public boolean allCaps() {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLowerCase(c) && c != 'l') {
        return false;
      }
    }
    return Character.isUpperCase(raw.charAt(0)) || raw.length() > 1;
  }
}
