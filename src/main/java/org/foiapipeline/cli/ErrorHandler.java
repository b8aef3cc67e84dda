package org.foiapipeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one readable line on stderr and an exit code: 2 for bad
 * input the user can fix ({@link IllegalArgumentException}), 1 for anything else. Never a stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof IllegalArgumentException) {
      cli.getErr().println("foia: " + message);
      return 2;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      cli.getErr().println("foia: I/O error: " + message);
      return 1;
    }
    cli.getErr().println("foia: failed: " + e.getClass().getSimpleName() + ": " + message);
    return 1;
  }
}
