package org.foiapipeline.extract;

/**
 * Reads Tesseract's TSV output into text (words joined into lines, a blank line between paragraphs and
 * blocks) and the mean confidence of its recognised words. Pure; tolerates malformed rows by skipping them.
 */
final class TesseractTsv {
  private static final int LEVEL_WORD = 5;

  private TesseractTsv() {}

  static OcrResult parse(String tsv) {
    StringBuilder text = new StringBuilder();
    String lastPar = null;
    String lastLine = null;
    double confSum = 0;
    int words = 0;
    for (String row : tsv.split("\r?\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !isInt(f[0]) || Integer.parseInt(f[0]) != LEVEL_WORD || f[11].isBlank()) {
        continue;
      }
      String par = f[1] + "/" + f[2] + "/" + f[3];
      String line = par + "/" + f[4];
      if (lastLine != null && !par.equals(lastPar)) {
        text.append("\n\n");
      } else if (lastLine != null && !line.equals(lastLine)) {
        text.append('\n');
      } else if (lastLine != null) {
        text.append(' ');
      }
      text.append(f[11].strip());
      lastPar = par;
      lastLine = line;
      double conf = parseDouble(f[10]);
      if (conf >= 0) {
        confSum += conf;
        words++;
      }
    }
    return new OcrResult(text.toString(), words == 0 ? -1 : Math.round(confSum / words * 10) / 10.0, "", false);
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
