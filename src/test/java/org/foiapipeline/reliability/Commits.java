package org.foiapipeline.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Watches an index folder's Lucene commit generation from outside the writing process. */
final class Commits {
  private Commits() {}

  /** The newest commit's generation (segments_N, N in base 36), 0 when nothing is committed. */
  static long generation(Path index) throws IOException {
    Path lucene = index.resolve("lucene");
    if (!Files.isDirectory(lucene)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(lucene)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("segments_"))
          .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
          .max().orElse(0);
    }
  }

  /** Waits until the generation reaches {@code target} or the child ends. */
  static void awaitGeneration(Path index, long target, Child child) throws IOException, InterruptedException {
    while (child.isAlive() && generation(index) < target) {
      Thread.sleep(10);
    }
  }
}
