package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's record lookups: from the last commit where nothing changed since, from the writer otherwise. */
class CommittedRecordsTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @TempDir Path tmp;

  @Test
  void pathsAddedBeforeAndAfterACommitAreAllKept() throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      updater.add(IndexViewTest.doc(A, "a.pdf", LocalDate.of(2019, 3, 5), "ICE and Dakota County"), IndexViewTest.row("a.pdf", A));
      updater.commit();
      updater.addPath(A, updater.record(A), IndexViewTest.row("copy/a.pdf", A)); // read from the commit
      updater.addPath(A, updater.record(A), IndexViewTest.row("again/a.pdf", A)); // written since: from the writer
      assertThat(updater.record(A)).map(DocumentRecord::paths).hasValueSatisfying(
          p -> assertThat(p).containsExactly("a.pdf", "copy/a.pdf", "again/a.pdf"));
      updater.commit();
      updater.addPath(A, updater.record(A), IndexViewTest.row("third/a.pdf", A));
      updater.commit();
    }
    try (IndexView view = IndexView.open(tmp)) {
      assertThat(view.record(A)).map(DocumentRecord::paths).hasValueSatisfying(
          p -> assertThat(p).containsExactly("a.pdf", "copy/a.pdf", "again/a.pdf", "third/a.pdf"));
    }
  }

  @Test
  void aDocumentWrittenInThisBatchIsFoundBeforeItsCommitAndAnUnknownOneIsNot() throws Exception {
    try (IndexUpdater updater = IndexUpdater.open(tmp, EntityNames.idsOnly())) {
      assertThat(updater.record(A)).isEmpty(); // nothing committed yet
      updater.add(IndexViewTest.doc(B, "b.pdf", LocalDate.of(2020, 1, 2), "ICE met Dakota County"), IndexViewTest.row("b.pdf", B));
      assertThat(updater.record(B)).map(DocumentRecord::path).hasValue("b.pdf");
      assertThat(updater.record(A)).isEmpty();
    }
  }
}
