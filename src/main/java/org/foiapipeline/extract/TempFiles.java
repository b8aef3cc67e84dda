package org.foiapipeline.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting temporary files and folders without letting a failure hide the real outcome. */
final class TempFiles {
  private TempFiles() {}

  static void delete(Path path) {
    if (path == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(TempFiles::deleteOne);
    } catch (IOException e) {
      // Already gone, or unreadable: a leftover temp file is harmless.
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // See above.
    }
  }
}
