package org.foiapipeline.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one line per injected fault to target/reliability/NAME.csv, the source of docs/RELIABILITY.md. */
final class Measurements {
  private Measurements() {}

  static synchronized void append(String name, String header, String line) throws IOException {
    Path file = Path.of("target", "reliability", name + ".csv");
    Files.createDirectories(file.getParent());
    if (!Files.exists(file)) {
      Files.writeString(file, header + "\n", StandardCharsets.UTF_8);
    }
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    System.out.println(name + ": " + line);
  }
}
