package org.foiapipeline.index;

import org.foiapipeline.resolve.EntityNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.TextSource;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/** Turns an annotated document into its export record: the one place the export fields are filled. */
public final class DocumentMapper {
  private final EntityNames names;

  public DocumentMapper(EntityNames names) {
    this.names = names;
  }

  /** The export record of a document, without page text. */
  public DocumentRecord record(AnnotatedDocument doc, List<String> paths) {
    return new DocumentRecord(
        doc.id(),
        paths.isEmpty() ? doc.path() : paths.get(0),
        doc.extracted().pages().size(),
        doc.extracted().status().label(),
        doc.extracted().ocrPages(),
        iso(doc.relations().date()),
        entities(doc.pages()),
        contacts(doc.relations().contacts()),
        distinct(doc.pages(), p -> p.structure().exemptions()),
        distinct(doc.pages(), p -> p.structure().bates()),
        null,
        List.copyOf(paths),
        pageKinds(doc.extracted().pages()),
        null,
        redactions(doc.extracted().pages()))
        .withLogicalDocuments(doc.logical().isEmpty() ? null : doc.logical());
  }

  private static List<DocumentRecord.RedactionRecord> redactions(List<Page> pages) {
    List<DocumentRecord.RedactionRecord> out = new ArrayList<>();
    pages.forEach(p -> out.addAll(PageRedactions.records(p)));
    return out;
  }

  static String iso(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(null);
  }

  private List<EntityRecord> entities(List<AnnotatedPage> pages) {
    Map<String, EntityAccumulator> byId = new LinkedHashMap<>();
    for (AnnotatedPage page : pages) {
      for (ResolvedMention m : page.mentions()) {
        if (m.isResolved()) {
          byId.computeIfAbsent(m.entityId(), id -> new EntityAccumulator(m.mention().type().label()))
              .add(page.number(), m.mention().text());
        }
      }
    }
    List<EntityRecord> out = new ArrayList<>();
    byId.forEach(
        (id, acc) ->
            out.add(
                new EntityRecord(
                    id, acc.type, names.name(id), acc.mentions, List.copyOf(acc.pages), List.copyOf(acc.variants))));
    return out;
  }

  private static List<ContactRecord> contacts(List<Contact> contacts) {
    return contacts.stream()
        .map(c -> new ContactRecord(c.agency(), c.jurisdiction(), iso(c.date()), c.page(), c.kind().label(), c.snippet()))
        .toList();
  }

  private static List<String> distinct(
      List<AnnotatedPage> pages, java.util.function.Function<AnnotatedPage, List<String>> field) {
    Set<String> seen = new LinkedHashSet<>();
    pages.forEach(p -> seen.addAll(field.apply(p)));
    return List.copyOf(seen);
  }

  private static List<String> pageKinds(List<Page> pages) {
    return pages.stream().map(DocumentMapper::pageKind).toList();
  }

  /** {@code digital} for a text-layer page, {@code scanned} for an OCR'd one, {@code none} without text. */
  public static String pageKind(Page page) {
    return switch (page.source()) {
      case TEXT_LAYER -> "digital";
      case OCR -> "scanned";
      case NONE -> "none";
    };
  }

  private static final class EntityAccumulator {
    final String type;
    final Set<Integer> pages = new TreeSet<>();
    final Set<String> variants = new LinkedHashSet<>();
    int mentions;

    EntityAccumulator(String type) {
      this.type = type;
    }

    void add(int page, String text) {
      mentions++;
      pages.add(page);
      variants.add(text.replaceAll("\\s+", " ").trim());
    }
  }
}
