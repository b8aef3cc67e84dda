package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first {@code labels} columns left-aligned, the rest (numbers) right-aligned. */
final class TextTable {
  private final int labels;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(int labels, String... header) {
    this.labels = labels;
    rows.add(List.of(header));
  }

  TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /** The table, each line indented by two spaces and ended by a newline. */
  String render() {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < row.size(); c++) {
        String format = c < labels ? " %-" + widths[c] + "s" : "  %" + widths[c] + "s";
        line.append(String.format(format, row.get(c)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
