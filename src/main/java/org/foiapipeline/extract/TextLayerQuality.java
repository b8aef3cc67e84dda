package org.foiapipeline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges whether a page's text layer is real text or garbage (a font without a usable Unicode map, a
 * Caesar-shifted encoding, a bad OCR layer). A pure function of the text: the share of its word tokens
 * found in a small English / legal / government word list, and the share of symbol characters.
 */
public final class TextLayerQuality {
  /** Below this share of known words (among letter-bearing tokens) a text layer is garbage. */
  public static final double MIN_KNOWN_WORD_SHARE = 0.30;
  /** Above this share of symbol characters (among non-space characters) a text layer is garbage. */
  public static final double MAX_SYMBOL_SHARE = 0.35;
  /** Fewer letter-bearing tokens than this are too few to judge by words; only symbols count then. */
  static final int MIN_TOKENS_TO_JUDGE = 4;

  private static final List<String> SUFFIXES =
      List.of("'s", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment", "ments", "al", "ally", "ity",
          "ness", "ion", "ions", "ive", "ies", "ied");

  private final Set<String> words;

  private TextLayerQuality(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The classifier with the bundled word list. */
  public static TextLayerQuality standard() {
    return Holder.STANDARD;
  }

  /** Measures a page text; never null, works on any string. */
  public Verdict assess(String text) {
    int tokens = 0;
    int known = 0;
    for (String raw : text.split("\\s+")) {
      String token = trimPunctuation(raw);
      if (!hasLetter(token)) {
        continue;
      }
      tokens++;
      if (isKnown(token)) {
        known++;
      }
    }
    return new Verdict(tokens, tokens == 0 ? 0 : (double) known / tokens, symbolShare(text));
  }

  /** Whether a token (any case, surrounding punctuation allowed) is a listed word or a simple inflection. */
  boolean isKnown(String token) {
    String w = trimPunctuation(token).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (words.contains(w)) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (w.length() > suffix.length() + 1 && w.endsWith(suffix)) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (words.contains(stem) || words.contains(stem + "e") || words.contains(stem + "y")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }

  private static double symbolShare(String text) {
    int visible = 0;
    int symbols = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '_') {
        continue; // form lines, not symbols
      }
      visible++;
      if (!Character.isLetterOrDigit(c)) {
        symbols++;
      }
    }
    return visible == 0 ? 0 : (double) symbols / visible;
  }

  /**
   * The measurements of one text.
   *
   * @param letterTokens tokens with at least one letter
   * @param knownWordShare share of those found in the word list
   * @param symbolShare share of non-space characters that are neither letters nor digits
   */
  public record Verdict(int letterTokens, double knownWordShare, double symbolShare) {
    /** Whether this text layer should be treated as garbage and the page OCR'd instead. */
    public boolean garbled() {
      if (symbolShare > MAX_SYMBOL_SHARE && letterTokens > 0 && knownWordShare < 0.5) {
        return true;
      }
      return letterTokens >= MIN_TOKENS_TO_JUDGE && knownWordShare < MIN_KNOWN_WORD_SHARE;
    }
  }

  private static final class Holder {
    static final TextLayerQuality STANDARD = new TextLayerQuality(load("english-words.txt"));

    private static Set<String> load(String resource) {
      Set<String> words = new HashSet<>();
      try (InputStream in = TextLayerQuality.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.lines()
            .filter(line -> !line.startsWith("#"))
            .flatMap(line -> List.of(line.trim().split("\\s+")).stream())
            .filter(w -> !w.isEmpty())
            .forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return words;
    }
  }
}
