package org.foiapipeline.eval;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;

/** Reads an export-format JSON Lines file; a missing file or a malformed line is the user's to fix. */
final class FileRecordSource implements RecordSource {
  private final Path file;
  private final String role;

  FileRecordSource(Path file, String role) {
    this.file = file;
    this.role = role;
  }

  @Override
  public List<DocumentRecord> records() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          role + " not found: " + file + " (pass a JSON Lines file in the export format, e.g. from foia export)");
    }
    try {
      return Jsonl.read(file);
    } catch (IOException e) {
      if (e.getCause() instanceof JacksonException) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      throw e;
    }
  }
}
