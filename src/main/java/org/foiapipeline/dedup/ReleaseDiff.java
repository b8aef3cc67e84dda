package org.foiapipeline.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiapipeline.foia.ExemptionFinder;

/**
 * Aligns the text of two releases of one document word by word and says what differs: what one release
 * redacted and the other shows, exemption labels printed differently, and other text (OCR misreadings, a
 * cover page). Bates numbers and page labels, which every release numbers anew, are left out. Thread-safe.
 */
public final class ReleaseDiff {
  /** A run of exemption codes printed beside one redaction box, e.g. {@code (b)(6), (b)(7)(C)}. */
  private static final String CODE = "(?:" + DedupText.EXEMPTION.pattern() + "|" + DedupText.SHORT_EXEMPTION.pattern() + ")";
  private static final Pattern BOX = Pattern.compile(CODE + "(?:\\s?[,;/]\\s?" + CODE + ")*");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final ExemptionFinder CODES = new ExemptionFinder();

  /** Kinds of difference. */
  public enum Kind {
    /** Words the first release shows that the second hides under a box. */
    REDACTED_IN_SECOND,
    /** Words the second release shows that the first hides under a box. */
    REDACTED_IN_FIRST,
    /** A box in both, labelled with other exemption codes. */
    RECODED,
    /** Any other difference: OCR misreadings, a cover page, edits. */
    TEXT
  }

  /**
   * A word, or a redaction box with its printed exemption codes.
   *
   * @param page 1-based page it is on
   */
  public record Token(String text, int page, boolean redaction) {
    /**
     * What must match for two tokens to be the same: case and edge punctuation ignored; boxes by their
     * normalised codes, so {@code b6} and {@code (b)(6)} are the same label.
     */
    String key() {
      if (redaction) {
        return "\u2588" + String.join(",", CODES.find(text));
      }
      return text.toLowerCase(Locale.ROOT).replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
    }

    /** The token as shown in a diff: a box as {@code █(b)(6)}. */
    public String shown() {
      return redaction ? "\u2588" + text : text;
    }
  }

  /** One difference: the first release's tokens {@code first} became the second's {@code second}. */
  public record Change(Kind kind, List<Token> first, List<Token> second) {
    public Change {
      first = List.copyOf(first);
      second = List.copyOf(second);
    }

    /** The page of the first release it is on (of the second when the first has nothing here). */
    public int page() {
      return first.isEmpty() ? (second.isEmpty() ? 0 : second.get(0).page()) : first.get(0).page();
    }
  }

  /**
   * A piece of the aligned text: unchanged tokens ({@code change} null) or one change.
   */
  public record Piece(List<Token> same, Change change) {}

  /** The whole comparison. */
  public record Result(List<Piece> pieces, int firstWords, int secondWords, int sameWords) {
    public Result {
      pieces = List.copyOf(pieces);
    }

    public List<Change> changes() {
      return pieces.stream().filter(p -> p.change() != null).map(Piece::change).toList();
    }

    public long count(Kind kind) {
      return changes().stream().filter(c -> c.kind() == kind).count();
    }
  }

  private final DedupText text = new DedupText();

  /** Compares two releases given as page texts, in page order. */
  public Result compare(List<String> firstPages, List<String> secondPages) {
    return compare(firstPages, numbers(firstPages.size()), secondPages, numbers(secondPages.size()));
  }

  /**
   * Compares two page sequences whose pages carry their own numbers: a page range of a merged release, or the
   * pages of a copy put in the order of the pages they copy ({@link PageAlignment}).
   *
   * @param firstNumbers the page number of each of {@code firstPages}, as changes report it
   */
  public Result compare(List<String> firstPages, List<Integer> firstNumbers, List<String> secondPages,
      List<Integer> secondNumbers) {
    List<Token> a = tokens(firstPages, firstNumbers);
    List<Token> b = tokens(secondPages, secondNumbers);
    List<TokenDiff.Run> runs = TokenDiff.diff(keys(a), keys(b));
    List<Piece> pieces = new ArrayList<>();
    int same = 0;
    for (int i = 0; i < runs.size(); i++) {
      TokenDiff.Run run = runs.get(i);
      if (run.op() == TokenDiff.Op.SAME) {
        pieces.add(new Piece(a.subList(run.aFrom(), run.aTo()), null));
        same += run.aTo() - run.aFrom();
        continue;
      }
      List<Token> removed = new ArrayList<>(a.subList(run.aFrom(), run.aTo()));
      List<Token> added = new ArrayList<>(b.subList(run.bFrom(), run.bTo()));
      if (i + 1 < runs.size() && runs.get(i + 1).op() != TokenDiff.Op.SAME) {
        TokenDiff.Run next = runs.get(++i);
        removed.addAll(a.subList(next.aFrom(), next.aTo()));
        added.addAll(b.subList(next.bFrom(), next.bTo()));
      }
      pieces.add(new Piece(List.of(), new Change(kind(removed, added), removed, added)));
    }
    return new Result(pieces, a.size(), b.size(), same);
  }

  static Kind kind(List<Token> first, List<Token> second) {
    long boxesFirst = first.stream().filter(Token::redaction).count();
    long boxesSecond = second.stream().filter(Token::redaction).count();
    if (boxesSecond > 0 && boxesFirst == 0) {
      return Kind.REDACTED_IN_SECOND;
    }
    if (boxesFirst > 0 && boxesSecond == 0) {
      return Kind.REDACTED_IN_FIRST;
    }
    if (boxesFirst == first.size() && boxesSecond == second.size() && boxesFirst > 0) {
      return Kind.RECODED;
    }
    return Kind.TEXT;
  }

  /** The words and boxes of the pages, furniture left out. */
  List<Token> tokens(List<String> pages) {
    return tokens(pages, numbers(pages.size()));
  }

  private List<Token> tokens(List<String> pages, List<Integer> numbers) {
    List<Token> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      String page = text.stripFurniture(pages.get(p) == null ? "" : pages.get(p));
      int n = numbers.get(p);
      Matcher m = BOX.matcher(page);
      int at = 0;
      while (m.find()) {
        words(page.substring(at, m.start()), n, out);
        out.add(new Token(SPACE.matcher(m.group()).replaceAll(" "), n, true));
        at = m.end();
      }
      words(page.substring(at), n, out);
    }
    return out;
  }

  private static List<Integer> numbers(int pages) {
    return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
  }

  private static void words(String s, int page, List<Token> out) {
    for (String w : SPACE.split(s.strip())) {
      if (!w.isEmpty()) {
        out.add(new Token(w, page, false));
      }
    }
  }

  private static List<String> keys(List<Token> tokens) {
    return tokens.stream().map(Token::key).toList();
  }
}
