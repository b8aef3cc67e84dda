package org.foiapipeline.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.foiapipeline.index.LedgerEntry;

/**
 * Writes the ledger as {@code ledger.csv} beside the index, for people and spreadsheets. The index holds the
 * authoritative ledger; this file is rewritten whole at the end of every run, atomically.
 */
final class LedgerFile {
  private LedgerFile() {}

  static void write(Path file, Map<String, LedgerEntry> rows) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    CSVFormat format =
        CSVFormat.DEFAULT.builder()
            .setHeader("path", "id", "status", "reason", "pages", "ocr_pages", "seconds", "reocr")
            .get();
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (LedgerEntry row : rows.values().stream().sorted(Comparator.comparing(LedgerEntry::path)).toList()) {
        csv.printRecord(row.path(), row.id(), row.status().label(), row.reason(), row.pages(), row.ocrPages(), row.seconds(), row.reocr());
      }
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
