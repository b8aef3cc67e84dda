package org.foiapipeline.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.foiapipeline.search.BatchLookup;

/**
 * Reads the names of a batch lookup from a UTF-8 CSV file (a spreadsheet export; a byte-order mark is
 * skipped). The header is optional: a first row with a {@code name} cell is a header, and then the columns are
 * found by name ({@code name}, and {@code state} when present; other columns are ignored). Without a header
 * the first column is the name and the second, when present, the state. Blank rows are skipped.
 */
final class NameList {
  /** Most names one batch may hold. */
  static final int MAX_NAMES = 100_000;

  private NameList() {}

  /** @throws IllegalArgumentException naming the file (and line) when it cannot be read as such a CSV */
  static List<BatchLookup.Query> read(Path file) {
    String text = text(file);
    List<CSVRecord> records = parse(file, text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no names: write one name per line, optionally with a header \"name,state\"");
    }
    int nameCol = 0;
    int stateCol = 1;
    int first = 0;
    List<String> head = lower(records.get(0));
    if (head.contains("name")) {
      nameCol = head.indexOf("name");
      stateCol = head.indexOf("state");
      first = 1;
    } else if (head.contains("state") || head.contains("names")) {
      throw new IllegalArgumentException(file + ": the header has no \"name\" column (found: " + String.join(", ", head) + ")");
    }
    List<BatchLookup.Query> out = new ArrayList<>();
    for (CSVRecord r : records.subList(first, records.size())) {
      String name = cell(r, nameCol);
      if (!name.isBlank()) {
        out.add(new BatchLookup.Query(name, stateCol < 0 ? "" : cell(r, stateCol)));
      }
    }
    if (out.size() > MAX_NAMES) {
      throw new IllegalArgumentException(file + " holds " + out.size() + " names; the limit is " + MAX_NAMES + " per batch: split it");
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + " has a header but no names below it");
    }
    return out;
  }

  private static String text(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + file);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\"");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static List<CSVRecord> parse(Path file, String text) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    try (Reader in = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
      List<CSVRecord> out = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (r.stream().anyMatch(c -> !c.isBlank())) {
          out.add(r);
        }
      }
      return out;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      String why = cause.getMessage() == null ? "unreadable" : cause.getMessage().split("\n")[0];
      throw new IllegalArgumentException(file + " is not a readable CSV file (" + why
          + "): check the quotes; a name with a comma must be in double quotes, e.g. \"Harris County, TX\"");
    }
  }

  private static List<String> lower(CSVRecord r) {
    return r.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
  }

  private static String cell(CSVRecord r, int col) {
    return col >= 0 && col < r.size() ? r.get(col).strip() : "";
  }
}
