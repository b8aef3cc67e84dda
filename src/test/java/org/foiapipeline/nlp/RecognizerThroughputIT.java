package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Single-thread speed of the combined recogniser (gazetteer and patterns, no model) on the text layers of
 * the real agreements, per second of the thread's own CPU time (the test machine is shared, so wall time
 * says more about the neighbours than about this code). The best of several passes is reported.
 */
class RecognizerThroughputIT {
  @Test
  void recognisesMoreThanAMegabyteOfPageTextPerCpuSecond() throws Exception {
    List<String> pages = new ArrayList<>();
    try (Stream<Path> pdfs = Files.list(Path.of("corpus/real/pdf"))) {
      for (Path pdf : pdfs.sorted().toList()) {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        pages.addAll(List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\f")));
        assertThat(p.waitFor()).isZero();
      }
    }
    long chars = pages.stream().mapToLong(String::length).sum();
    Recognizer recognizer = new CombinedRecognizer(GazetteerBuilder.standard(), CombinedRecognizer.NO_MODEL);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = 0;
    double bestWall = 0;
    int mentions = 0;
    for (int pass = 0; pass < 8; pass++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      mentions = 0;
      for (String page : pages) {
        mentions += recognizer.find(page).size();
      }
      best = Math.max(best, chars / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9) / 1e6);
      bestWall = Math.max(bestWall, chars / ((System.nanoTime() - wall) / 1e9) / 1e6);
    }
    System.out.printf("recogniser: %d pages, %d chars, %d mentions, best %.2f MB per CPU-second (%.2f MB/s wall)%n",
        pages.size(), chars, mentions, best, bestWall);
    assertThat(mentions).isGreaterThan(1000);
    assertThat(best).isGreaterThan(1.0);
  }
}
