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
import org.foiapipeline.release.Segment;
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
    List<PageStructure> structures = texts.stream().map(structure::find).toList();
    List<Segment> segments = release.split(pages.stream().map(Page::number).toList(), texts, structures);
    List<ResolvedMention> resolved = resolve(pages, texts, mentions, segments);
    List<AnnotatedPage> annotated = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      List<ResolvedMention> onPage = resolved.stream().filter(m -> m.page() == page.number()).toList();
      annotated.add(new AnnotatedPage(page, structures.get(i), onPage));
    }
    // a merged release is read logical document by logical document; a plain file exactly as before
    ReleaseReader.Reading reading = release.read(annotated, segments);
    return new AnnotatedDocument(id, path, extracted, annotated, reading.relations(), seconds, reading.logical());
  }

  /**
   * Resolves the file's mentions. In a merged release each logical document is resolved in its own context
   * first — its letterhead, addresses and other mentions decide an ambiguous county, not those of the
   * documents bound with it — and the whole file's context decides only what that leaves unresolved.
   */
  private List<ResolvedMention> resolve(List<Page> pages, List<String> texts, List<List<Mention>> mentions,
      List<Segment> segments) {
    if (segments.size() < 2) {
      return resolver.resolve(texts, mentions);
    }
    List<ResolvedMention> out = new ArrayList<>();
    int from = 0;
    for (Segment s : segments) {
      int to = from;
      while (to < pages.size() && s.contains(pages.get(to).number())) {
        to++;
      }
      int offset = from < pages.size() ? pages.get(from).number() - 1 : 0;
      for (ResolvedMention m : resolver.resolve(texts.subList(from, to), mentions.subList(from, to))) {
        out.add(new ResolvedMention(m.mention(), m.page() + offset, m.entityId(), m.candidates()));
      }
      from = to;
    }
    if (from != pages.size()) {
      return resolver.resolve(texts, mentions); // the documents did not cover the pages in order: read the file
    }
    if (out.stream().allMatch(ResolvedMention::isResolved)) {
      return out; // the whole file's context is asked only for what the documents left open
    }
    List<ResolvedMention> whole = resolver.resolve(texts, mentions);
    if (out.size() != whole.size()) {
      return whole; // a resolver that does not answer every mention cannot be lined up: keep the file's reading
    }
    for (int k = 0; k < out.size(); k++) {
      if (!out.get(k).isResolved() && whole.get(k).isResolved()) {
        out.set(k, whole.get(k)); // both lists hold the mentions page by page, in order
      }
    }
    return out;
  }

  private static String clip(String text) {
    return text.length() <= MAX_ANNOTATED_CHARS ? text : text.substring(0, MAX_ANNOTATED_CHARS);
  }
}
