package org.foiapipeline.eval;

import java.util.Locale;

/** The redaction section of the text report; nothing when gold holds no redaction boxes. */
final class RedactionTable {
  private RedactionTable() {}

  static String render(RedactionScore score) {
    if (score.byPageKind().isEmpty()) {
      return "";
    }
    TextTable table = new TextTable(1, "gold page", "gold boxes", "found", "tokens", "with codes", "output",
        "spurious", "token recall", "code recall", "precision");
    score.byPageKind().forEach((kind, c) -> table.row(kind, Long.toString(c.gold()), Long.toString(c.found()),
        Long.toString(c.tokens()), Long.toString(c.codes()), Long.toString(c.output()), Long.toString(c.spurious()),
        decimal(c.tokenRecall()), decimal(c.codeRecall()), decimal(c.precision())));
    return "\nRedactions (gold boxes that became tokens in the indexed text, with the codes printed beside them)\n"
        + table.render();
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
