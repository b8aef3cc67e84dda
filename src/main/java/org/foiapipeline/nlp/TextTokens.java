package org.foiapipeline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits page text into {@link Token}s for matching: words are runs of letters and digits, an apostrophe
 * inside a word is dropped ({@code Sheriff's} = {@code sheriffs}), {@code &} is the word {@code and}, and a
 * word hyphenated across a line break ({@code Galves-\nton}) is one word. Whitespace, line breaks and other
 * punctuation only separate words, so a name broken across lines still matches.
 */
public final class TextTokens {
  private TextTokens() {}

  /** Tokenises the whole text; never null, empty for blank text. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
    int n = text.length();
    int gapStart = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '&') {
        tokens.add(token(text, "and", i, i + 1, gapStart));
        gapStart = ++i;
      } else if (Character.isLetterOrDigit(c)) {
        StringBuilder key = new StringBuilder(12);
        int end = scanWord(text, i, key);
        int glued = gluedFunctionWord(text, i, end);
        if (glued > 0) {
          tokens.add(token(text, key.substring(0, glued), i, i + glued, gapStart));
          tokens.add(token(text, key.substring(glued), i + glued, end, i + glued));
        } else {
          tokens.add(token(text, key.toString(), i, end, gapStart));
        }
        gapStart = end;
        i = end;
      } else {
        i++;
      }
    }
    return tokens;
  }

  private static Token token(String text, String key, int start, int end, int gapStart) {
    boolean stop = false;
    boolean comma = false;
    boolean line = false;
    boolean period = false;
    for (int g = gapStart; g < start; g++) {
      char c = text.charAt(g);
      stop |= ";:()\"/[]{}".indexOf(c) >= 0;
      comma |= c == ',';
      line |= c == '\n' || c == '\r';
      period |= c == '.';
    }
    return new Token(key, text.substring(start, end), start, end, stop, comma, line, period);
  }

  /**
   * Reads one word from {@code start}, appending its folded key to {@code key} (the same as {@link #fold} of
   * its lower case, built in one pass because this runs on every word of every page); returns its end.
   */
  private static int scanWord(String text, int start, StringBuilder key) {
    int n = text.length();
    int i = start;
    boolean letters = false;
    boolean digits = false;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        appendFolded(key, Character.toLowerCase(c));
        i++;
      } else if (Character.isDigit(c)) {
        digits = true;
        key.append(c);
        i++;
      } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        i++;
      } else if (c == '-' || c == '\u00ad') {
        int next = hyphenContinuation(text, i + 1);
        if (next < 0) {
          break;
        }
        i = next;
      } else {
        break;
      }
    }
    if (letters && digits) {
      for (int k = 0; k < key.length(); k++) {
        key.setCharAt(k, foldChar(key.charAt(k)));
      }
    }
    return i;
  }

  /** Appends a lower-case letter folded, merging "rn" into "m" and "vv" into "w" as {@link #fold} does. */
  private static void appendFolded(StringBuilder key, char c) {
    int last = key.length() - 1;
    char previous = last >= 0 ? key.charAt(last) : 0;
    if (c == 'n' && previous == 'r') {
      key.setCharAt(last, 'm');
    } else if (c == 'v' && previous == 'v') {
      key.setCharAt(last, 'w');
    } else {
      key.append(foldChar(c));
    }
  }

  /** Lower-case words OCR glues to the capitalised name after them ("theGrayson Co."). */
  private static final String[] GLUED = {"the", "and", "of", "to", "by", "with", "for", "from", "between"};

  /** The length of a function word glued to a capitalised word in text[start, end), or 0. */
  private static int gluedFunctionWord(String text, int start, int end) {
    if (!Character.isLowerCase(text.charAt(start))) {
      return 0;
    }
    for (String word : GLUED) {
      int cut = start + word.length();
      if (cut + 1 < end && text.startsWith(word, start) && Character.isUpperCase(text.charAt(cut))
          && Character.isLowerCase(text.charAt(cut + 1))) {
        return word.length();
      }
    }
    return 0;
  }

  /** After a hyphen: where the word goes on if the hyphen broke it across a line, else -1. */
  private static int hyphenContinuation(String text, int from) {
    int i = from;
    boolean line = false;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r'
        || text.charAt(i) == '\n')) {
      line |= text.charAt(i) == '\n';
      i++;
    }
    return line && i < text.length() && Character.isLowerCase(text.charAt(i)) ? i : -1;
  }

  /**
   * The OCR-folded form of a lower-case word: characters OCR confuses are mapped to one representative
   * ({@code 0→o}, {@code 1/i/|→l}, {@code 5→s}, {@code rn→m}, {@code vv→w}), so both a gazetteer name and its
   * misread form fold to the same key. Pure numbers are left alone.
   */
  public static String fold(String lower) {
    boolean letters = false;
    for (int i = 0; i < lower.length() && !letters; i++) {
      letters = Character.isLetter(lower.charAt(i));
    }
    if (!letters) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : 0;
      if ((c == 'r' && next == 'n') || (c == 'v' && next == 'v')) {
        out.append(c == 'r' ? 'm' : 'w');
        i++;
      } else {
        out.append(foldChar(c));
      }
    }
    return out.toString();
  }

  private static char foldChar(char c) {
    switch (c) {
      case '0':
        return 'o';
      case '1':
      case 'i':
      case '|':
        return 'l';
      case '5':
        return 's';
      default:
        return c;
    }
  }

  /** Folds a whole phrase to its space-joined key sequence, e.g. "Sheriff's Office" → "sherlffs offlce". */
  public static String foldPhrase(String phrase) {
    StringBuilder out = new StringBuilder();
    for (Token t : tokenize(phrase.toLowerCase(Locale.ROOT))) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(t.key());
    }
    return out.toString();
  }
}
