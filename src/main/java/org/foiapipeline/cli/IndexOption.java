package org.foiapipeline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares. */
public final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "foia-index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  public Path path() {
    return index;
  }
}
