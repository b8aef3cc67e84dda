package org.foiapipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.foiapipeline.eval.EvalReport;
import org.foiapipeline.eval.Evaluator;
import org.foiapipeline.eval.RecordSource;
import org.foiapipeline.eval.ReleaseReport;
import org.foiapipeline.eval.ReleaseScore;
import org.foiapipeline.eval.ReleaseScorer;
import org.foiapipeline.eval.TextReport;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code foia eval}: scores pipeline output (an export file, or an index) against a gold file and prints
 * the report. Exit 0 when scored, 2 for bad usage (a missing or malformed file is named), 1 when the run
 * fails.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores pipeline output against a gold file (both in the export format); see docs/QUALITY.md.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold records.")
  Path gold;

  @ArgGroup(exclusive = true)
  Output output = new Output();

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Report format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--misses",
      defaultValue = "10",
      paramLabel = "N",
      description = "How many misses of each kind to list (default: ${DEFAULT-VALUE}).")
  int misses;

  @Option(
      names = "--releases",
      description = "Score logical documents and email threads of merged releases instead (docs/RELEASES.md).")
  boolean releases;

  /** Where the output records come from: one of the two, the index by default. */
  static final class Output {
    @Option(names = "--export", paramLabel = "EXPORT.jsonl", description = "Output records (foia export --text).")
    Path export;

    @Option(names = "--index", paramLabel = "DIR", description = "Score this index (default: foia-index).")
    Path index;
  }

  private final Function<Path, RecordSource> indexSource;

  /** The command as the launcher registers it: {@code --index} reads through {@link #indexRecords}. */
  public EvalCommand() {
    this(EvalCommand::indexRecords);
  }

  /** @param indexSource turns an index folder into its export records (used for {@code --index}) */
  public EvalCommand(Function<Path, RecordSource> indexSource) {
    this.indexSource = indexSource;
  }

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be text or json, not " + format);
    }
    if (misses < 0) {
      throw new IllegalArgumentException("--misses must be 0 or more, not " + misses);
    }
    List<DocumentRecord> goldRecords = RecordSource.file(gold, "gold file").records();
    List<DocumentRecord> outputRecords = outputSource().records();
    PrintWriter out = spec.commandLine().getOut();
    if (releases) {
      ReleaseScore score = ReleaseScorer.score(goldRecords, outputRecords, misses);
      out.print(format.equals("json") ? json(score) : ReleaseReport.render(score));
      out.flush();
      return 0;
    }
    EvalReport report = Evaluator.score(goldRecords, outputRecords, misses);
    out.print(format.equals("json") ? json(report) : TextReport.render(report));
    out.flush();
    return 0;
  }

  private RecordSource outputSource() {
    if (output.export != null) {
      return RecordSource.file(output.export, "export file");
    }
    Path index = output.index != null ? output.index : Path.of("foia-index");
    if (!Files.isDirectory(index)) {
      throw new IllegalArgumentException(
          "index folder not found: " + index + " (run foia ingest first, or pass --export EXPORT.jsonl)");
    }
    return indexSource.apply(index);
  }

  private static String json(Object report) throws IOException {
    return Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + System.lineSeparator();
  }

  /** The records of an index, as {@code foia export --text} writes them; wired to the index exporter. */
  static RecordSource indexRecords(Path index) {
    return () -> {
      try (IndexView view = IndexView.open(index)) {
        List<DocumentRecord> records = new ArrayList<>();
        for (DocumentRecord r : view.records()) {
          records.add(view.withText(r));
        }
        return records;
      }
    };
  }
}
