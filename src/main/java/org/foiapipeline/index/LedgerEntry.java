package org.foiapipeline.index;

import org.foiapipeline.extract.Status;

/**
 * What happened to one input path: the ledger row.
 *
 * @param path the input's path as given (zip members as {@code release.zip!/member.pdf})
 * @param id SHA-256 of its bytes; empty when it could not be read at all
 * @param status the outcome
 * @param reason readable reason for any status but ok
 * @param pages pages found
 * @param ocrPages pages whose text came from OCR
 * @param seconds wall time spent
 * @param size file size in bytes (-1 when unknown)
 * @param modified last-modified time in epoch milliseconds (-1 when unknown)
 * @param at when this row was written, epoch milliseconds
 * @param reocr what the last {@code foia reocr} did to the document's pages, empty when it never ran
 */
public record LedgerEntry(
    String path,
    String id,
    Status status,
    String reason,
    int pages,
    int ocrPages,
    double seconds,
    long size,
    long modified,
    long at,
    String reocr) {
  public LedgerEntry {
    reason = reason == null ? "" : reason;
    id = id == null ? "" : id;
    reocr = reocr == null ? "" : reocr;
  }

  /** A row without re-OCR information, as ingest writes it. */
  public LedgerEntry(
      String path, String id, Status status, String reason, int pages, int ocrPages, double seconds, long size,
      long modified, long at) {
    this(path, id, status, reason, pages, ocrPages, seconds, size, modified, at, "");
  }
}
