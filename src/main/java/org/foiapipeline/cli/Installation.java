package org.foiapipeline.cli;

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
}
