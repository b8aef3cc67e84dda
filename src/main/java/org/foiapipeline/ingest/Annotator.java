package org.foiapipeline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.contacts.ContactFinder;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Page;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.foia.StructureFinder;
import org.foiapipeline.index.AnnotatedDocument;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.nlp.Recognizer;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.DocumentResolver;
import org.foiapipeline.resolve.ResolvedMention;

/** The stages after extraction: structure, recognition, resolution and contacts, wired by constructor. */
public final class Annotator {
  private final StructureFinder structure;
  private final Recognizer recognizer;
  private final DocumentResolver resolver;
  private final ContactFinder contacts;

  public Annotator(StructureFinder structure, Recognizer recognizer, DocumentResolver resolver, ContactFinder contacts) {
    this.structure = structure;
    this.recognizer = recognizer;
    this.resolver = resolver;
    this.contacts = contacts;
  }

  public AnnotatedDocument annotate(String id, String path, ExtractedDocument extracted, double seconds) {
    List<Page> pages = extracted.pages();
    List<String> texts = pages.stream().map(Page::text).toList();
    List<List<Mention>> mentions = texts.stream().map(recognizer::find).toList();
    List<ResolvedMention> resolved = resolver.resolve(texts, mentions);
    List<AnnotatedPage> annotated = new ArrayList<>(pages.size());
    for (Page page : pages) {
      PageStructure found = structure.find(page.text());
      List<ResolvedMention> onPage = resolved.stream().filter(m -> m.page() == page.number()).toList();
      annotated.add(new AnnotatedPage(page, found, onPage));
    }
    Relations relations = contacts.relate(annotated);
    return new AnnotatedDocument(id, path, extracted, annotated, relations, seconds);
  }
}
