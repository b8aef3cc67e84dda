package org.foiapipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code foia} entry point. Exit codes: 0 done, 1 the run itself failed, 2 bad usage. */
@Command(
    name = "foia",
    mixinStandardHelpOptions = true,
    version = "foia 0.1.0",
    description = "Turns FOIA releases into a searchable record of contacts between ICE and jurisdictions.",
    subcommands = {IngestCommand.class, SearchCommand.class, EntityCommand.class, LookupCommand.class, ContactsCommand.class, ExportCommand.class, ServeCommand.class, SolrCommand.class, CorpusCommand.class, EvalCommand.class, TrainNerCommand.class, PagesCommand.class, ReOcrCommand.class, DiffCommand.class, ThreadCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; used by {@link #main} and by tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
