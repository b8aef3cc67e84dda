package org.foiapipeline.eval;

/**
 * Character and word error rates of a group of pages: edit distances summed over pages divided by the
 * summed gold lengths (so long pages weigh more than short ones).
 *
 * @param pages gold pages in the group
 * @param charEdits summed character-level Levenshtein distances
 * @param chars summed gold lengths in characters (code points)
 * @param cer {@code charEdits / chars}; 0 when there is nothing to compare
 * @param wordEdits summed word-level Levenshtein distances
 * @param words summed gold lengths in words
 * @param wer {@code wordEdits / words}
 */
public record ErrorRate(
    long pages, long charEdits, long chars, double cer, long wordEdits, long words, double wer) {

  public static final ErrorRate NONE = of(0, 0, 0, 0, 0);

  public static ErrorRate of(long pages, long charEdits, long chars, long wordEdits, long words) {
    return new ErrorRate(pages, charEdits, chars, rate(charEdits, chars), wordEdits, words, rate(wordEdits, words));
  }

  public ErrorRate plus(ErrorRate other) {
    return of(
        pages + other.pages,
        charEdits + other.charEdits,
        chars + other.chars,
        wordEdits + other.wordEdits,
        words + other.words);
  }

  // A gold page with no text but some output text has errors and no length: count it against one char.
  private static double rate(long edits, long length) {
    return edits == 0 ? 0 : (double) edits / Math.max(1, length);
  }
}
