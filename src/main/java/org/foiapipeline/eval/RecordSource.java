package org.foiapipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;

/** Where the records to score come from: an export file, or an index exported on the fly. */
@FunctionalInterface
public interface RecordSource {

  /**
   * @throws IllegalArgumentException when the source is missing or not in the export format (the user
   *     can fix it)
   * @throws IOException when reading fails otherwise
   */
  List<DocumentRecord> records() throws IOException;

  /** The records of a JSON Lines file in the export format (gold files use it too). */
  static RecordSource file(Path jsonl) {
    return file(jsonl, "file");
  }

  /** As {@link #file(Path)}; {@code role} names the file in errors, e.g. {@code "gold file"}. */
  static RecordSource file(Path jsonl, String role) {
    return new FileRecordSource(jsonl, role);
  }
}
