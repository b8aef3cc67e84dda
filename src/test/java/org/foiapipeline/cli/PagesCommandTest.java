package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PagesCommandTest {
  @TempDir Path tmp;

  private void index(String id, String path, Page... pages) throws IOException {
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      List<AnnotatedPage> annotated = new ArrayList<>();
      for (Page p : pages) {
        annotated.add(new AnnotatedPage(p, PageStructure.NONE, List.of()));
      }
      AnnotatedDocument doc = new AnnotatedDocument(id, path, new ExtractedDocument("application/pdf", Status.OK, "",
          List.of(pages)), annotated, new Relations(Optional.empty(), List.of()), 0.1);
      updater.add(doc, new LedgerEntry(path, id, Status.OK, "", pages.length, 2, 0.1, 10, 1, 1));
      updater.commit();
    }
  }

  private static Page ocr(int n, String text, double conf) {
    return new Page(n, text, TextSource.OCR, conf, List.of(), "no text layer");
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int code = cli.execute(args);
    return code + "\n" + out;
  }

  @Test
  void weakestOcrPagesAreListedWorstFirstAndStrongOnesLeftOut() throws IOException {
    index("a".repeat(64), "in/release.pdf", ocr(1, "Dakota Cuonty sherif", 62.5), ocr(2, "clean page of text", 91),
        Page.ofText(3, "digital"), ocr(4, "", -1), ocr(5, "ICE 287(g) inquiry", 45));

    String table = run("pages", "--ocr-below", "70", "--index", tmp.toString());

    assertThat(table).startsWith("0\n");
    assertThat(table.indexOf("-1.0")).isLessThan(table.indexOf("45.0"));
    assertThat(table.indexOf("45.0")).isLessThan(table.indexOf("62.5"));
    assertThat(table).doesNotContain("91.0").contains("no text layer").contains("3 of 3 pages below 70.0");
  }

  @Test
  void jsonlGivesEveryFieldOfAPage() throws IOException {
    index("b".repeat(64), "in/scan.pdf", ocr(1, "Dakota County Sheriff", 55));

    String jsonl = run("pages", "--ocr-below", "70", "--format", "jsonl", "--index", tmp.toString());

    assertThat(jsonl).contains("\"id\":\"" + "b".repeat(64) + "\"", "\"path\":\"in/scan.pdf\"", "\"page\":1",
        "\"confidence\":55.0", "\"words\":3", "\"note\":\"no text layer\"");
  }

  @Test
  void onlyPagesBelowTheThresholdAreListedAndNotesAreKept() throws IOException {
    index("c".repeat(64), "in/x.pdf", ocr(1, "one", 30), ocr(2, "two", 80));

    try (IndexView view = IndexView.open(tmp)) {
      assertThat(view.ocrPagesBelow(50)).extracting(r -> r.page()).containsExactly(1);
      assertThat(view.pageNotes("c".repeat(64))).containsEntry(2, "no text layer");
    }
  }

  @Test
  void unknownFormatIsBadUsage() throws IOException {
    index("d".repeat(64), "in/y.pdf", ocr(1, "one", 30));

    assertThat(run("pages", "--ocr-below", "70", "--format", "xml", "--index", tmp.toString())).startsWith("2\n");
  }
}
