package org.foiapipeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Tesseract's TSV output into text and the mean confidence of its recognised words. Text is rebuilt
 * in rows, the way the page is printed: Tesseract reads a table column by column, so lines that stand at the
 * same height are joined left to right into one row ("MT Sanders County Sheriff's Office 5/4/2019
 * Inquiry"), and a blank line marks a vertical gap of more than a line. Pure; skips malformed rows.
 */
final class TesseractTsv {
  private static final int LEVEL_WORD = 5;

  private TesseractTsv() {}

  /** One Tesseract line: its words in order, its box, and the centres of its first and last words. */
  private static final class Line {
    final List<String> words = new ArrayList<>();
    /** Each word's box in pixels: left, top, width, height. */
    final List<int[]> boxes = new ArrayList<>();
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int bottom = Integer.MIN_VALUE;
    double firstX;
    double firstY;
    double lastX;
    double lastY;
    /** The middle of the line after the page's skew is taken out. */
    double level;

    void add(String word, int l, int t, int w, int h) {
      if (words.isEmpty()) {
        firstX = l + w / 2.0;
        firstY = t + h / 2.0;
      }
      lastX = l + w / 2.0;
      lastY = t + h / 2.0;
      words.add(word);
      boxes.add(new int[] {l, t, w, h});
      left = Math.min(left, l);
      top = Math.min(top, t);
      bottom = Math.max(bottom, t + h);
    }

    /** The vertical drift per pixel across this line, when it is long enough to tell. */
    double slope() {
      return words.size() >= 3 && lastX - firstX > 100 ? (lastY - firstY) / (lastX - firstX) : Double.NaN;
    }

    int height() {
      return Math.max(1, bottom - top);
    }

  }

  static OcrResult parse(String tsv) {
    Map<String, Line> lines = new LinkedHashMap<>();
    double confSum = 0;
    int words = 0;
    int[] size = {0, 0};
    for (String row : tsv.split("\r?\n")) {
      String[] f = row.split("\t", -1);
      if (f.length >= 10 && f[0].equals("1") && isInt(f[8]) && isInt(f[9])) {
        size[0] = Integer.parseInt(f[8]);
        size[1] = Integer.parseInt(f[9]);
      }
      if (f.length < 12 || !isInt(f[0]) || Integer.parseInt(f[0]) != LEVEL_WORD || f[11].isBlank()
          || !isInt(f[6]) || !isInt(f[7]) || !isInt(f[8]) || !isInt(f[9])) {
        continue;
      }
      String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
      lines.computeIfAbsent(key, k -> new Line())
          .add(f[11].strip(), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
              Integer.parseInt(f[9]));
      double conf = parseDouble(f[10]);
      if (conf >= 0) {
        confSum += conf;
        words++;
      }
    }
    List<WordSpan> spans = new ArrayList<>();
    String text = layout(new ArrayList<>(lines.values()), size, spans);
    return new OcrResult(text, words == 0 ? -1 : Math.round(confSum / words * 10) / 10.0, "", false, spans);
  }

  /**
   * Joins lines standing at the same height into rows, rows top to bottom. A scan is often a degree or two
   * askew, which over a table's width moves a column by a whole line: heights are compared after the
   * page's skew (the median slope of its long lines) is taken out.
   */
  private static String layout(List<Line> lines, int[] size, List<WordSpan> spans) {
    double skew = medianSlope(lines);
    for (Line line : lines) {
      line.level = (line.top + line.bottom) / 2.0 - skew * line.left;
    }
    lines.sort(Comparator.comparingDouble((Line l) -> l.level));
    List<List<Line>> rows = new ArrayList<>();
    for (Line line : lines) {
      List<Line> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (row != null && sameRow(row, line)) {
        row.add(line);
      } else {
        rows.add(new ArrayList<>(List.of(line)));
      }
    }
    StringBuilder text = new StringBuilder();
    double previousLevel = Double.NaN;
    for (List<Line> row : rows) {
      row.sort(Comparator.comparingInt((Line l) -> l.left));
      double level = row.get(0).level;
      int height = row.stream().mapToInt(Line::height).max().orElse(1);
      if (text.length() > 0) {
        // line spacing is about 1.2 to 1.5 heights; more than two is a gap between paragraphs
        text.append(level - previousLevel > 2.0 * height ? "\n\n" : "\n");
      }
      appendRow(text, row, size, spans);
      previousLevel = level;
    }
    return text.toString();
  }

  /** Appends a row's words joined by spaces, recording where each word stands in the text and on the page. */
  private static void appendRow(StringBuilder text, List<Line> row, int[] size, List<WordSpan> spans) {
    boolean first = true;
    for (Line line : row) {
      for (int i = 0; i < line.words.size(); i++) {
        if (!first) {
          text.append(' ');
        }
        first = false;
        int start = text.length();
        text.append(line.words.get(i));
        if (size[0] > 0 && size[1] > 0) {
          int[] b = line.boxes.get(i);
          double w = size[0];
          double h = size[1];
          spans.add(new WordSpan(start, text.length(), new Box(b[0] / w, b[1] / h, b[2] / w, b[3] / h)));
        }
      }
    }
  }

  /** A line belongs to a row when its level is within half a line of the row's first line. */
  private static boolean sameRow(List<Line> row, Line line) {
    Line first = row.get(0);
    return Math.abs(line.level - first.level) < Math.min(first.height(), line.height()) / 2.0;
  }

  private static double medianSlope(List<Line> lines) {
    double[] slopes = lines.stream().mapToDouble(Line::slope).filter(d -> !Double.isNaN(d)).sorted().toArray();
    return slopes.length == 0 ? 0 : slopes[slopes.length / 2];
  }

  private static boolean isInt(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  private static double parseDouble(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
