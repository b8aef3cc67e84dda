package org.foiapipeline.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real 287(g) corpus in {@code corpus/real}: its files and its per-page and per-file labels. */
final class RealCorpus {
  static final Path ROOT = Path.of("corpus/real");

  record PageLabel(String file, int page, String kind, String quality) {
    boolean digitalOk() {
      return kind.equals("digital") && quality.equals("ok");
    }
  }

  record FileLabel(String file, String county, String textLayer, int pages) {}

  private RealCorpus() {}

  static Path pdf(String file) {
    return ROOT.resolve("pdf").resolve(file);
  }

  static List<PageLabel> pages() throws IOException {
    List<PageLabel> out = new ArrayList<>();
    for (CSVRecord r : read("pages.csv")) {
      out.add(new PageLabel(r.get("file"), Integer.parseInt(r.get("page")), r.get("page_kind"), r.get("text_quality")));
    }
    return out;
  }

  static List<FileLabel> files() throws IOException {
    List<FileLabel> out = new ArrayList<>();
    for (CSVRecord r : read("labels.csv")) {
      out.add(new FileLabel(r.get("file"), r.get("county"), r.get("text_layer"), Integer.parseInt(r.get("pages"))));
    }
    return out;
  }

  private static List<CSVRecord> read(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(ROOT.resolve(name), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
