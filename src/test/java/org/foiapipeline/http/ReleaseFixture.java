package org.foiapipeline.http;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.export.DocumentRecord.MessageRecord;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.index.LedgerEntry;
import org.foiapipeline.resolve.AnnotatedPage;

/**
 * An index of merged releases built in code: a five-page release holding a letter and two printings of one email
 * chain, a one-page file printing the same chain again, and a plain one-page letter.
 */
final class ReleaseFixture {
  static final String RELEASE = "1".repeat(64);
  static final String SINGLE = "2".repeat(64);
  static final String PLAIN = "3".repeat(64);
  static final String THREAD = "thread:0a1b2c3d4e5f";
  static final String SUBJECT = "287(g) application - Wakefield County";
  static final String SHERIFF = "Sheriff Ann Wakefield <ann@wakefield.example>";
  static final String OFFICER = "Officer Bo Lind <bo.lind@ice.example>";
  /** The letter's title: markup a page might print, which the UI must show as text. */
  static final String HOSTILE_TITLE = "Re: <img src=x onerror=\"window.__xss=1\"> detainers";

  private ReleaseFixture() {}

  static void build(Path index) throws IOException {
    MessageRecord first = new MessageRecord(3, "2017-03-02", SHERIFF, List.of(OFFICER), SUBJECT);
    MessageRecord reply = new MessageRecord(4, "2017-03-04", OFFICER, List.of(SHERIFF), "RE: " + SUBJECT);
    MessageRecord quoted = new MessageRecord(5, "2017-03-02", SHERIFF, List.of(OFFICER), SUBJECT);
    MessageRecord again = new MessageRecord(1, "2017-03-09", SHERIFF, List.of(OFFICER), "RE: RE: " + SUBJECT);
    try (IndexUpdater updater = IndexUpdater.open(index, TestCorpus.NAMES)) {
      add(updater, RELEASE, "in/release.pdf", List.of(
          "U.S. Department of Homeland Security\nLetter to the Wakefield County commission about detainers.",
          "Page 2 of 2 of the letter. Signed, Field Office Director.",
          "From: " + SHERIFF + "\nSubject: " + SUBJECT + "\nWe would like to apply to the 287(g) program.",
          "From: " + OFFICER + "\nSubject: RE: " + SUBJECT + "\nThank you for the application.",
          "-----Original Message-----\nFrom: " + SHERIFF + "\nWe would like to apply to the 287(g) program."),
          List.of(
              new LogicalRecord(1, 2, "letter", "2016-11-20", HOSTILE_TITLE, null, null),
              new LogicalRecord(3, 3, "email", "2017-03-02", SUBJECT, THREAD, List.of(first)),
              new LogicalRecord(4, 5, "email", "2017-03-04", "RE: " + SUBJECT, THREAD, List.of(reply, quoted))));
      add(updater, SINGLE, "in/single.pdf", List.of("From: " + SHERIFF + "\nSubject: RE: RE: " + SUBJECT
          + "\nOur application follows by mail."),
          List.of(new LogicalRecord(1, 1, "email", "2017-03-09", "RE: RE: " + SUBJECT, THREAD, List.of(again))));
      add(updater, PLAIN, "in/plain.pdf", List.of("A plain letter about the application of Wakefield County."),
          List.of());
      updater.commit();
    }
  }

  static void add(IndexUpdater updater, String id, String path, List<String> texts, List<LogicalRecord> logical)
      throws IOException {
    List<Page> pages = new ArrayList<>();
    List<AnnotatedPage> annotated = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Page page = new Page(i + 1, texts.get(i), TextSource.TEXT_LAYER, -1, List.of(), "");
      pages.add(page);
      annotated.add(new AnnotatedPage(page, new PageStructure(List.of(), List.of(), List.of(), List.of()), List.of()));
    }
    LocalDate date = LocalDate.of(2017, 3, 2);
    Contact contact = new Contact(TestCorpus.ICE, TestCorpus.DAKOTA, Optional.of(date), 1, ContactKind.APPLICATION, texts.get(0));
    AnnotatedDocument doc = new AnnotatedDocument(id, path, new ExtractedDocument("application/pdf", Status.OK, "", pages),
        annotated, new Relations(Optional.of(date), List.of(contact)), 0.1, logical);
    updater.add(doc, new LedgerEntry(path, id, Status.OK, "", pages.size(), 0, 0.1, 100, -1, System.currentTimeMillis()));
  }
}
