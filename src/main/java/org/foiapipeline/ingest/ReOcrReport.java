package org.foiapipeline.ingest;

import java.util.List;

/**
 * What one {@code foia reocr} run did.
 *
 * @param pages every page tried, weakest first
 * @param alreadyTried pages below the threshold left alone because they were tried with the same settings
 * @param documentsUpdated documents whose pages, entities and contacts were written again
 * @param seconds wall time
 */
public record ReOcrReport(List<Outcome> pages, int alreadyTried, int documentsUpdated, double seconds) {
  public ReOcrReport {
    pages = List.copyOf(pages);
  }

  /** What happened to one page. */
  public enum Verdict {
    /** The new reading was better and replaced the old one. */
    IMPROVED,
    /** The old reading was as good or better and stays. */
    KEPT,
    /** The page could not be OCR'd again (file gone or changed, render or OCR failure). */
    FAILED
  }

  /**
   * @param before the old mean confidence
   * @param after the new reading's mean confidence, -1 when there is none
   * @param reason why the page failed; empty otherwise
   */
  public record Outcome(String id, String path, int page, double before, double after, Verdict verdict, String reason) {}

  public long count(Verdict verdict) {
    return pages.stream().filter(p -> p.verdict() == verdict).count();
  }

  /** Mean confidence of the tried pages before, and as kept after the run (failed pages keep theirs). */
  public double meanBefore() {
    return pages.stream().mapToDouble(Outcome::before).average().orElse(0);
  }

  public double meanAfter() {
    return pages.stream()
        .mapToDouble(p -> p.verdict() == Verdict.IMPROVED ? p.after() : p.before())
        .average()
        .orElse(0);
  }
}
