package org.foiapipeline.ingest;

import java.nio.file.Path;
import org.foiapipeline.extract.Status;

/**
 * One input to ingest, or one that could not even be read.
 *
 * @param path the path the user knows, zip members as {@code release.zip!/member.pdf}
 * @param file a readable file with the bytes (a temporary copy for zip members); null when {@code problem}
 *     is set
 * @param size the size in bytes, -1 when unknown
 * @param stamp last-modified millis of a file, CRC of a zip member: with size, what tells a later run the
 *     input is unchanged
 * @param status {@code OK} for a readable input, else the ledger status of its problem
 * @param problem why it cannot be ingested (unreadable, symlink loop, zip bomb), empty when fine
 * @param temporary whether {@code file} is a temporary copy to delete when done
 */
public record Input(
    String path, Path file, long size, long stamp, Status status, String problem, boolean temporary) {
  /** An input that cannot be ingested, with the status and reason the ledger gets. */
  public static Input problem(String path, Status status, String problem) {
    return new Input(path, null, -1, -1, status, problem, false);
  }

  public static Input file(String path, Path file, long size, long stamp, boolean temporary) {
    return new Input(path, file, size, stamp, Status.OK, "", temporary);
  }

  public boolean readable() {
    return problem.isEmpty();
  }
}
