package org.foiapipeline.eval;

import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link EvalReport} as a human report of aligned tables. A ratio with an empty denominator
 * shows {@code -} instead of the vacuous 1.000 the numbers carry; per-kind rows with nothing on either
 * side are left out.
 */
public final class TextReport {
  private static final String[] SET_COLUMNS = {"gold", "output", "tp", "fp", "fn", "precision", "recall", "f1"};

  private TextReport() {}

  public static String render(EvalReport report) {
    StringBuilder out = new StringBuilder();
    out.append(documents(report.documents()));
    out.append("\nSummary\n");
    out.append(summary(report));
    out.append("\nEntities (document-level sets of entity ids, summed over documents)\n");
    out.append(entities(report));
    out.append("\nContacts (document-level sets of agency ↔ jurisdiction pairs)\n");
    out.append(contacts(report.contacts()));
    out.append("\nDocument fields\n");
    out.append(fields(report));
    out.append("\nPage text (whitespace-normalised; CER = character edits / gold characters)\n");
    out.append(ocr(report.ocr()));
    out.append(RedactionTable.render(report.redactions()));
    out.append(duplicates(report.duplicates()));
    out.append(unitDuplicates(report.unitDuplicates(), report.duplicates()));
    out.append(misses(report));
    return out.toString();
  }

  private static String documents(Matching m) {
    String text =
        String.format(
            Locale.ROOT,
            "Documents: %d gold, %d output, %d matched (%d by id, %d by path); "
                + "%d gold unmatched (scored as all missed); %d output not in gold (not scored)%n",
            m.gold(), m.output(), m.matched(), m.byId(), m.byPath(), m.unmatchedGold(), m.unmatchedOutput());
    return m.unmatchedGoldPaths().isEmpty() ? text : text + "  unmatched gold: " + String.join(", ", m.unmatchedGoldPaths()) + "\n";
  }

  /** Near-duplicate pairs; nothing when neither gold nor output groups anything. */
  private static String duplicates(DuplicateScore d) {
    if (d == null || d.pairs().support() == 0) {
      return "";
    }
    TextTable table = new TextTable(1, "pairs", "gold", "output", "tp", "fp", "fn", "precision", "recall", "f1");
    duplicateRow(table, "all", d.pairs());
    duplicateRow(table, "with a scanned copy", d.withScanned());
    String head = String.format(Locale.ROOT, "%nNear-duplicates (pairs of documents in one group; %d gold groups, %d output groups)%n",
        d.goldGroups(), d.outputGroups());
    String list = d.misses().isEmpty() ? "" : "  " + String.join("\n  ", d.misses()) + "\n";
    return head + table.render() + list;
  }

  /**
   * Near-duplicate pairs of units; printed when some file is split into logical documents (otherwise the
   * units are the files, and the numbers those above).
   */
  private static String unitDuplicates(DuplicateScore units, DuplicateScore files) {
    if (units == null || units.pairs().support() == 0 || units.pairs().equals(files.pairs())) {
      return "";
    }
    TextTable table = new TextTable(1, "pairs", "gold", "output", "tp", "fp", "fn", "precision", "recall", "f1");
    duplicateRow(table, "all", units.pairs());
    duplicateRow(table, "with a scanned copy", units.withScanned());
    String head = String.format(Locale.ROOT, "%nNear-duplicates by unit (files of one document and logical documents of"
        + " merged releases; %d gold groups, %d output groups)%n", units.goldGroups(), units.outputGroups());
    String list = units.misses().isEmpty() ? "" : "  " + String.join("\n  ", units.misses()) + "\n";
    return head + table.render() + list;
  }

  private static void duplicateRow(TextTable table, String label, SetScore s) {
    table.row(label, Long.toString(s.tp() + s.fn()), Long.toString(s.tp() + s.fp()), Long.toString(s.tp()),
        Long.toString(s.fp()), Long.toString(s.fn()), s.tp() + s.fp() == 0 ? "-" : decimal(s.precision()), s.tp() + s.fn() == 0 ? "-" : decimal(s.recall()),
        decimal(s.f1()));
  }

  private static String summary(EvalReport report) {
    TextTable table = new TextTable(1, "metric", "value");
    table.row("entity F1, all types", decimal(report.entities().get(EntityScorer.ALL).f1()));
    table.row("contact pair F1", decimal(report.contacts().pairs().f1()));
    table.row("contact date accuracy", decimal(report.contacts().date().value()));
    table.row("exemption code recall", decimal(report.exemptions().recall()));
    table.row("Bates number recall", decimal(report.bates().recall()));
    table.row("document date accuracy", decimal(report.dates().value()));
    OcrScore ocr = report.ocr();
    for (String kind : List.of("scanned", "digital")) {
      ErrorRate rate = ocr.byPageKind().get(kind);
      table.row("CER, " + kind + " pages", rate == null ? "-" : decimal(rate.cer()));
    }
    return table.render();
  }

  private static String entities(EvalReport report) {
    TextTable table = new TextTable(2, header("scope", "type"));
    report.entities().forEach((type, score) -> table.row(cells(score, "overall", type)));
    report.entitiesByKind().forEach((kind, scores) -> scores.forEach((type, score) -> {
      if (score.support() > 0) {
        table.row(cells(score, kind, type));
      }
    }));
    return table.render();
  }

  private static String contacts(ContactScore contacts) {
    TextTable table = new TextTable(1, header("scope"));
    table.row(cells(contacts.pairs(), "overall"));
    contacts.byKind().forEach((kind, score) -> {
      if (score.support() > 0) {
        table.row(cells(score, kind));
      }
    });
    TextTable accuracy = new TextTable(1, "over matched pairs", "correct", "of", "accuracy");
    accuracy.row(accuracyCells("kind", contacts.kind()));
    accuracy.row(accuracyCells("date", contacts.date()));
    return table.render() + "\n" + accuracy.render();
  }

  private static String fields(EvalReport report) {
    TextTable table = new TextTable(1, header("field"));
    table.row(cells(report.exemptions(), "exemption codes"));
    table.row(cells(report.bates(), "Bates numbers"));
    TextTable dates = new TextTable(1, "over gold documents", "correct", "of", "accuracy");
    dates.row(accuracyCells("document date", report.dates()));
    return table.render() + "\n" + dates.render();
  }

  private static String ocr(OcrScore ocr) {
    if (!ocr.scored()) {
      return "  not scored: " + ocr.note() + "\n";
    }
    TextTable table = new TextTable(2, "group", "kind", "pages", "gold chars", "char edits", "CER", "gold words", "WER");
    ocr.byPageKind().forEach((kind, rate) -> table.row(rateCells("gold page", kind, rate)));
    ocr.byDocumentKind().forEach((kind, rate) -> table.row(rateCells("gold document", kind, rate)));
    table.row(rateCells("all pages", "", ocr.overall()));
    return table.render() + (ocr.note().isEmpty() ? "" : "  " + ocr.note() + "\n");
  }

  private static String misses(EvalReport report) {
    StringBuilder out = new StringBuilder();
    report.entityMisses().forEach((type, m) -> out.append(missList("entity " + type, m)));
    out.append(missList("contact pairs", report.contacts().misses()));
    out.append(list("contact pairs with a wrong kind", report.contacts().wrongKinds()));
    out.append(list("contact pairs with a wrong date", report.contacts().wrongDates()));
    out.append(missList("exemption codes", report.exemptionMisses()));
    out.append(missList("Bates numbers", report.batesMisses()));
    out.append(list("wrong document dates (output, gold)", report.dateMisses()));
    return out.length() == 0 ? "" : "\nMisses (the first of each)\n" + out;
  }

  private static String missList(String what, Misses misses) {
    return list(what + ": false negatives (in gold, not found)", misses.falseNegatives())
        + list(what + ": false positives (found, not in gold)", misses.falsePositives());
  }

  private static String list(String title, List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("  ").append(title).append('\n');
    items.forEach(item -> out.append("    ").append(item).append('\n'));
    return out.toString();
  }

  private static String[] header(String... labels) {
    String[] header = new String[labels.length + SET_COLUMNS.length];
    System.arraycopy(labels, 0, header, 0, labels.length);
    System.arraycopy(SET_COLUMNS, 0, header, labels.length, SET_COLUMNS.length);
    return header;
  }

  private static String[] cells(SetScore s, String... labels) {
    String[] numbers = {
      Long.toString(s.tp() + s.fn()),
      Long.toString(s.tp() + s.fp()),
      Long.toString(s.tp()),
      Long.toString(s.fp()),
      Long.toString(s.fn()),
      s.tp() + s.fp() == 0 ? "-" : decimal(s.precision()),
      s.tp() + s.fn() == 0 ? "-" : decimal(s.recall()),
      s.support() == 0 ? "-" : decimal(s.f1())
    };
    String[] row = new String[labels.length + numbers.length];
    System.arraycopy(labels, 0, row, 0, labels.length);
    System.arraycopy(numbers, 0, row, labels.length, numbers.length);
    return row;
  }

  private static String[] accuracyCells(String label, Accuracy a) {
    return new String[] {
      label, Long.toString(a.correct()), Long.toString(a.total()), a.total() == 0 ? "-" : decimal(a.value())
    };
  }

  private static String[] rateCells(String group, String kind, ErrorRate r) {
    return new String[] {
      group,
      kind,
      Long.toString(r.pages()),
      Long.toString(r.chars()),
      Long.toString(r.charEdits()),
      decimal(r.cer()),
      Long.toString(r.words()),
      decimal(r.wer())
    };
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
