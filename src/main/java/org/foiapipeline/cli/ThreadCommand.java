package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.release.EmailThread;
import org.foiapipeline.release.ThreadIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code foia thread ID}: a printed-email thread in date order, each message once with every place it is
 * printed. ID is a thread id ({@code thread:...}, as {@code foia export} lists them) or a document id (or its
 * first 8+ characters) for every thread in that file.
 */
@Command(
    name = "thread",
    mixinStandardHelpOptions = true,
    description = "Show a printed-email thread in date order: ID is thread:... or a document id (docs/RELEASES.md).")
final class ThreadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(index = "0", paramLabel = "ID", description = "thread:0a1b2c3d4e5f, or a document id (8+ characters).")
  String id;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (one thread per line).")
  String format;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "table", "jsonl");
    List<EmailThread> threads;
    try (IndexView view = IndexView.open(index.embedded("thread"))) {
      threads = new ThreadIndex(view.records()).find(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (threads.isEmpty() && format.equals("table")) {
      out.printf("No thread found for \"%s\": give a thread id (thread:...) or the id of a document with printed"
          + " email (foia export lists both).%n", id);
    }
    for (EmailThread t : threads) {
      if (format.equals("jsonl")) {
        out.println(Jsonl.toJson(t));
      } else {
        table(out, t);
      }
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, EmailThread t) {
    out.printf("%s  %s%n", t.id(), t.subject());
    out.printf("%d messages, printed in %d chains:%n", t.messages().size(), t.copies().size());
    t.copies().forEach(c -> out.printf("  %s p.%d-%d  (%s)%n", c.path(), c.start(), c.end(), Output.cut(c.document(), 16)));
    out.println();
    for (EmailThread.Message m : t.messages()) {
      out.printf("  %-10s  from %s%n", m.date() == null ? "(undated)" : m.date(), Output.cut(m.from(), 70));
      out.printf("              to   %s%n", Output.cut(String.join("; ", m.to()), 70));
      out.printf("              subj %s%n", Output.cut(m.subject(), 70));
      out.printf("              at   %s%n", String.join(", ", m.at()));
    }
    out.println();
  }
}
