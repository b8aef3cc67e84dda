package org.foiapipeline.corpus;

import java.nio.file.Path;

/**
 * What a generation run wrote.
 *
 * @param gold the {@code gold.jsonl} file
 * @param scannedPages pages that are images only
 * @param bytes total size of the documents written
 */
public record CorpusSummary(
    Path gold, int documents, int pages, int scannedPages, int scannedDocuments, long bytes, long millis) {
  /** Documents per second of wall time. */
  public double docsPerSecond() {
    return millis == 0 ? documents : documents * 1000.0 / millis;
  }
}
