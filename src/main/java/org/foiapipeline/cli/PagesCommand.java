package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.OcrPageRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foia pages --ocr-below 70}: the weakest OCR'd pages, worst first, to check by eye or to re-OCR. */
@Command(
    name = "pages",
    mixinStandardHelpOptions = true,
    description = {
      "Lists OCR'd pages whose mean word confidence is below a threshold, worst first.",
      "Fix them with foia reocr --below N."
    })
final class PagesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--ocr-below", required = true, paramLabel = "CONF",
      description = "Pages whose mean OCR confidence (0-100) is below CONF; -1 marks OCR that found no words.")
  double below;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many pages, 0 for all (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl.")
  String format;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "table", "jsonl");
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 (all) or positive, got " + limit);
    }
    try (IndexView view = IndexView.open(index.embedded("pages"))) {
      List<OcrPageRow> all = view.ocrPagesBelow(below);
      List<OcrPageRow> rows = limit == 0 ? all : all.subList(0, Math.min(limit, all.size()));
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("jsonl")) {
        rows.forEach(r -> out.println(Jsonl.toJson(json(r))));
      } else {
        table(out, rows, all.size());
      }
      out.flush();
    }
    return 0;
  }

  private static Map<String, Object> json(OcrPageRow r) {
    Map<String, Object> obj = new LinkedHashMap<>();
    obj.put("id", r.id());
    obj.put("path", r.path());
    obj.put("page", r.page());
    obj.put("confidence", r.confidence());
    obj.put("words", r.words());
    obj.put("note", r.note());
    return obj;
  }

  private void table(PrintWriter out, List<OcrPageRow> rows, int total) {
    if (rows.isEmpty()) {
      out.printf("No OCR'd page has a confidence below %s.%n", Output.cut(Double.toString(below), 8));
      return;
    }
    out.printf("%-6s %5s %5s  %-12s %-40s %s%n", "conf", "page", "words", "document", "path", "note");
    for (OcrPageRow r : rows) {
      out.printf("%6.1f %5d %5d  %-12s %-40s %s%n", r.confidence(), r.page(), r.words(), r.id().substring(0, Math.min(12, r.id().length())),
          Output.cut(r.path(), 40), Output.cut(r.note(), 60));
    }
    out.printf("%d of %d pages below %.1f. Re-OCR them: foia reocr --below %.0f --index %s%n", rows.size(), total, below,
        below, index.path());
  }
}
