package org.foiapipeline.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.foiapipeline.extract.Limits;

/**
 * One ingest run's settings.
 *
 * @param inputs files and folders to ingest
 * @param index the index folder
 * @param threads documents processed at once
 * @param limits extraction limits
 * @param retryFailed whether inputs the ledger records as failed, timed out or too large are tried again
 * @param checkpointDocuments commit after this many documents...
 * @param checkpointInterval ...or after this much time, whichever comes first
 */
public record IngestConfig(
    List<Path> inputs,
    Path index,
    int threads,
    Limits limits,
    boolean retryFailed,
    int checkpointDocuments,
    Duration checkpointInterval) {
  public static final int DEFAULT_CHECKPOINT_DOCUMENTS = 50;
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(30);

  public IngestConfig {
    inputs = List.copyOf(inputs);
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to ingest: name at least one file or folder");
    }
  }

  public static IngestConfig of(List<Path> inputs, Path index, Limits limits) {
    return new IngestConfig(
        inputs, index, Runtime.getRuntime().availableProcessors(), limits, false,
        DEFAULT_CHECKPOINT_DOCUMENTS, DEFAULT_CHECKPOINT_INTERVAL);
  }

  public IngestConfig withThreads(int n) {
    return new IngestConfig(inputs, index, n, limits, retryFailed, checkpointDocuments, checkpointInterval);
  }

  public IngestConfig withRetryFailed(boolean retry) {
    return new IngestConfig(inputs, index, threads, limits, retry, checkpointDocuments, checkpointInterval);
  }

  public IngestConfig withCheckpoint(int documents, Duration interval) {
    return new IngestConfig(inputs, index, threads, limits, retryFailed, documents, interval);
  }
}
