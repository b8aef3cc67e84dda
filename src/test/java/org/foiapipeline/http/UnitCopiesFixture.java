package org.foiapipeline.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.index.IndexUpdater;

/**
 * An index where one letter was released twice: on its own (two pages), and as pages 2-3 of a merged release
 * that opens with a memo — the near-duplicate is a part of a file, not the file.
 */
final class UnitCopiesFixture {
  static final String RELEASE = "4".repeat(64);
  static final String LETTER = "5".repeat(64);

  static final String MEMO = "Memorandum for the record. The Harris County commission met on June 1 about the jail"
      + " budget, the new intake building, overtime for detention staff and the radio system contract.";
  static final String LETTER_P1 = "Dear Sheriff Wakefield, thank you for your letter of March 5 asking about the"
      + " 287(g) program. Enforcement and Removal Operations would welcome an application from Dakota County."
      + " Officers of the Saint Paul field office can describe the jail enforcement model, the training of"
      + " designated deputies at the academy in Charleston, and the steering committee that reviews the work.";
  static final String LETTER_P2 = "A memorandum of agreement would set out the duties of both agencies, the"
      + " supervision of designated officers, the complaint procedure and the reporting required each quarter."
      + " Please call the field office director to arrange a meeting in April with your command staff."
      + " Sincerely, Field Office Director, Saint Paul";

  private UnitCopiesFixture() {}

  static void build(Path index) throws IOException {
    try (IndexUpdater updater = IndexUpdater.open(index, TestCorpus.NAMES)) {
      ReleaseFixture.add(updater, RELEASE, "in/merged-release.pdf", List.of(MEMO, LETTER_P1, LETTER_P2), List.of(
          new LogicalRecord(1, 1, "memo", "2019-06-01", "Memorandum for the record", null, null),
          new LogicalRecord(2, 3, "letter", "2019-03-12", "Letter to Sheriff Wakefield", null, null)));
      ReleaseFixture.add(updater, LETTER, "in/letter.pdf",
          List.of(LETTER_P1.replace("Sheriff Wakefield", "(b)(6)"), LETTER_P2), List.of());
      updater.groupDuplicates();
      updater.commit();
    }
  }
}
