package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void exportingToStandardOutputLeavesItOpenForTheNextCommand() throws IOException {
    String id = "b".repeat(64);
    Page page = Page.ofText(1, "A letter to the Dakota County Sheriff");
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      AnnotatedDocument doc = new AnnotatedDocument(id, "in/letter.pdf",
          new ExtractedDocument("application/pdf", Status.OK, "", List.of(page)),
          List.of(new AnnotatedPage(page, PageStructure.NONE, List.of())), new Relations(Optional.empty(), List.of()), 0.1);
      updater.add(doc, new LedgerEntry("in/letter.pdf", id, Status.OK, "", 1, 0, 0.1, 10, 1, 1));
      updater.commit();
    }
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    CommandLine cli = Main.commandLine();
    cli.setOut(out);
    assertThat(cli.execute("export", "--index", tmp.toString())).isZero();
    out.println("after");
    out.flush();
    assertThat(out.checkError()).isFalse();
    assertThat(text.toString()).contains("\"id\":\"" + id + "\"").endsWith("after" + System.lineSeparator());
  }
}
