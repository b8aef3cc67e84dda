package org.foiapipeline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.contacts.ContactFinder;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.foia.StructureFinder;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.nlp.Recognizer;
import org.foiapipeline.release.ReleaseReader;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.DocumentResolver;
import org.foiapipeline.resolve.ResolvedMention;

/** The stages after extraction: structure, recognition, resolution and contacts, wired by constructor. */
public final class Annotator {
  /**
   * Recognition and structure look at most this many characters of a page: a printed page holds about 5,000,
   * and a multi-megabyte "page" (a text file of one long line, a dump) would otherwise hold a worker for many
   * minutes, beyond any --parse-timeout. The whole text is still indexed and searchable.
   */
  public static final int MAX_ANNOTATED_CHARS = 100_000;

  private final StructureFinder structure;
  private final Recognizer recognizer;
  private final DocumentResolver resolver;
  private final ContactFinder contacts;
  private final ReleaseReader release;

  public Annotator(StructureFinder structure, Recognizer recognizer, DocumentResolver resolver, ContactFinder contacts) {
    this.structure = structure;
    this.recognizer = recognizer;
    this.resolver = resolver;
    this.contacts = contacts;
    this.release = new ReleaseReader(contacts);
  }

  public AnnotatedDocument annotate(String id, String path, ExtractedDocument extracted, double seconds) {
    List<Page> pages = extracted.pages();
    List<String> texts = pages.stream().map(p -> clip(p.text())).toList();
    List<List<Mention>> mentions = texts.stream().map(recognizer::find).toList();
    List<ResolvedMention> resolved = resolver.resolve(texts, mentions);
    List<AnnotatedPage> annotated = new ArrayList<>(pages.size());
    for (Page page : pages) {
      PageStructure found = structure.find(clip(page.text()));
      List<ResolvedMention> onPage = resolved.stream().filter(m -> m.page() == page.number()).toList();
      annotated.add(new AnnotatedPage(page, found, onPage));
    }
    // a merged release is read logical document by logical document; a plain file exactly as before
    ReleaseReader.Reading reading = release.read(annotated);
    return new AnnotatedDocument(id, path, extracted, annotated, reading.relations(), seconds, reading.logical());
  }

  private static String clip(String text) {
    return text.length() <= MAX_ANNOTATED_CHARS ? text : text.substring(0, MAX_ANNOTATED_CHARS);
  }
}
