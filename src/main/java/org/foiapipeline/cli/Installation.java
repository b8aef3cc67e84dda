package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the running foia is installed, to find the files shipped beside the jar (the trained model). */
final class Installation {
  static final String MODEL = "models/ner-en-foia.bin";

  private Installation() {}

  /**
   * The shipped name-finder model: {@code models/} of the project the jar (or classes folder) was built in,
   * else of the current folder. Recognition runs without the model when neither exists.
   */
  static Path model() {
    try {
      Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path project = code.getParent() == null ? null : code.getParent().getParent();
      if (project != null && Files.isRegularFile(project.resolve(MODEL))) {
        return project.resolve(MODEL);
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      // fall back to the current folder
    }
    return Path.of(MODEL);
  }

  /**
   * The model a command recognises with: {@code given} (it must exist), else the shipped one. Without the
   * shipped model the command still runs on the gazetteer and the patterns, and says so on {@code err}:
   * persons and unlisted places are then not found, which a user must not learn from missing results.
   *
   * @throws IllegalArgumentException when {@code given} is not a readable file
   */
  static Path model(Path given, PrintWriter err) {
    return model(given, model(), err);
  }

  /** As {@link #model(Path, PrintWriter)} with the shipped model at {@code shipped}. */
  static Path model(Path given, Path shipped, PrintWriter err) {
    if (given != null) {
      if (!Files.isRegularFile(given) || !Files.isReadable(given)) {
        throw new IllegalArgumentException("no such model file: " + given);
      }
      return given;
    }
    if (!Files.isRegularFile(shipped)) {
      err.println("warning: no name-finder model at " + shipped.toAbsolutePath() + " (it ships in models/ of the"
          + " project): persons and places missing from the lists are not recognised; pass --model FILE");
      err.flush();
    }
    return shipped;
  }
}
