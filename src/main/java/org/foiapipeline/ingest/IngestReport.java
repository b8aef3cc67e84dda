package org.foiapipeline.ingest;

import java.util.List;
import java.util.Map;

/**
 * What one ingest run did.
 *
 * @param byStatus inputs processed in this run, by ledger status
 * @param skipped inputs the ledger already had, left alone
 * @param duplicates inputs whose bytes were already indexed under another path
 * @param pages pages indexed in this run
 * @param ocrPages of those, pages whose text came from OCR
 * @param seconds wall time of the run
 * @param failures every input of this run whose status is not ok, with its reason
 */
public record IngestReport(
    Map<String, Integer> byStatus,
    int skipped,
    int duplicates,
    long pages,
    long ocrPages,
    double seconds,
    List<Failure> failures) {
  public IngestReport {
    byStatus = Map.copyOf(byStatus);
    failures = List.copyOf(failures);
  }

  public record Failure(String path, String status, String reason) {}

  public int processed() {
    return byStatus.values().stream().mapToInt(Integer::intValue).sum();
  }
}
