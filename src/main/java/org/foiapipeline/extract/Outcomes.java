package org.foiapipeline.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns per-page results into a document status with a readable reason; checks inputs before opening. */
final class Outcomes {
  private Outcomes() {}

  /** A page that has no text because something went wrong (not a blank page). */
  record PageProblem(int page, String problem, boolean timeout) {}

  /**
   * OK when every page went well and some page has text, EMPTY when every page went well and none has
   * text, PARTIAL when some pages failed but others have text, else TIMEOUT (all failures were timeouts)
   * or FAILED.
   */
  static ExtractedDocument of(String mediaType, List<Page> pages, List<PageProblem> problems, String emptyReason) {
    boolean anyText = pages.stream().anyMatch(p -> !p.text().isBlank());
    if (problems.isEmpty()) {
      return new ExtractedDocument(mediaType, anyText ? Status.OK : Status.EMPTY, anyText ? "" : emptyReason, pages);
    }
    String reason = describe(problems);
    if (anyText) {
      return new ExtractedDocument(mediaType, Status.PARTIAL, reason, pages);
    }
    boolean allTimeouts = problems.stream().allMatch(PageProblem::timeout);
    return new ExtractedDocument(mediaType, allTimeouts ? Status.TIMEOUT : Status.FAILED, reason, pages);
  }

  /** A result without opening the file when it is missing, empty or over the size limit. */
  static Optional<ExtractedDocument> precheck(Path file, Limits limits, String mediaType) {
    long size;
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.of(ExtractedDocument.failed(mediaType, Status.FAILED, "not a regular file: " + file));
      }
      size = Files.size(file);
    } catch (IOException e) {
      return Optional.of(ExtractedDocument.failed(mediaType, Status.FAILED, "cannot read " + file + ": " + e));
    }
    if (size == 0) {
      return Optional.of(ExtractedDocument.failed(mediaType, Status.FAILED, "empty file (0 bytes)"));
    }
    if (size > limits.maxFileBytes()) {
      return Optional.of(ExtractedDocument.failed(mediaType, Status.TOO_LARGE,
          "file is " + size + " bytes, over the limit of " + limits.maxFileBytes()));
    }
    return Optional.empty();
  }

  /** "ocr timeout (pages 3-5, 9); image too large (page 7)". */
  static String describe(List<PageProblem> problems) {
    Map<String, List<Integer>> byProblem = new LinkedHashMap<>();
    for (PageProblem p : problems) {
      byProblem.computeIfAbsent(p.problem(), k -> new ArrayList<>()).add(p.page());
    }
    List<String> parts = new ArrayList<>();
    byProblem.forEach((problem, pages) -> parts.add(problem + " (" + pageList(pages) + ")"));
    return String.join("; ", parts);
  }

  static String pageList(List<Integer> pages) {
    List<String> ranges = new ArrayList<>();
    int i = 0;
    while (i < pages.size()) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      ranges.add(i == j ? "" + pages.get(i) : pages.get(i) + "-" + pages.get(j));
      i = j + 1;
    }
    String joined = ranges.size() > 20 ? String.join(", ", ranges.subList(0, 20)) + ", ..." : String.join(", ", ranges);
    return (pages.size() == 1 ? "page " : "pages ") + joined;
  }
}
