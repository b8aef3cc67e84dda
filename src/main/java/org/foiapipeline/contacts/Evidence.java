package org.foiapipeline.contacts;

/** Evidence snippets: short verbatim slices of page text around a cue. */
final class Evidence {
  static final int MAX = 300;

  private Evidence() {}

  /**
   * The text of {@code [start, end)} when it fits in {@link #MAX} characters, else a {@link #MAX}-character
   * window of it centred on {@code cue}; cut at word boundaries where it can be, and never rewritten.
   */
  static String slice(String text, int start, int end, int cue) {
    start = Math.max(0, start);
    end = Math.min(text.length(), end);
    if (end - start > MAX) {
      int from = Math.max(start, Math.min(cue - MAX / 3, end - MAX));
      from = wordStart(text, from, start);
      start = from;
      end = Math.min(end, from + MAX);
    }
    return text.substring(start, end).strip();
  }

  private static int wordStart(String text, int at, int floor) {
    int s = at;
    while (s > floor && s > at - 20 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    return s > at - 20 ? s : at;
  }
}
