package org.foiapipeline.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexReaderPort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code foia export}: every document in the export format of DESIGN.md, one JSON object per line. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export every document as JSON Lines.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl (the only one).")
  String format;

  @Option(names = "--text", description = "Include the text of every page.")
  boolean text;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("jsonl")) {
      throw new IllegalArgumentException("--format must be jsonl, got " + format);
    }
    try (IndexReaderPort view = index.openReader()) {
      if (out == null) {
        // standard output stays open for whoever runs this command next (a caller in the same JVM)
        export(view, spec.commandLine().getOut(), text);
      } else {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          export(view, writer, text);
        }
      }
    }
    return 0;
  }

  /** Writes the export of a whole index. */
  static void export(IndexReaderPort view, Writer writer, boolean withText) throws java.io.IOException {
    for (DocumentRecord record : view.records()) {
      Jsonl.write(writer, withText ? view.withText(record) : record);
    }
    writer.flush();
  }
}
