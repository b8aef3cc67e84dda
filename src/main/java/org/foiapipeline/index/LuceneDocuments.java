package org.foiapipeline.index;

import org.foiapipeline.resolve.EntityNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.dedup.Signer;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.resolve.AnnotatedPage;
import org.foiapipeline.resolve.ResolvedMention;

/** Builds the Lucene documents of one annotated document: its pages, its file record and its contacts. */
final class LuceneDocuments {
  /** Page text: stored, with positions and offsets so hits can be highlighted without re-analysis. */
  static final FieldType TEXT_TYPE = textType();

  private final EntityNames names;
  private final Signer signer = new Signer();

  LuceneDocuments(EntityNames names) {
    this.names = names;
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  Document page(AnnotatedDocument doc, AnnotatedPage page, String path) {
    return page(doc, page, path, signer.sign(page.text(), DuplicateGroups.keys(page)));
  }

  /** A page document with its near-duplicate signature already computed (the regroup pass merges the same one). */
  Document page(AnnotatedDocument doc, AnnotatedPage page, String path, Signature signature) {
    Document d = base(Schema.KIND_PAGE, Schema.pageUid(doc.id(), page.number()), doc.id(), path);
    intField(d, Schema.PAGE, page.number());
    d.add(PageRedactions.textField(page.page(), TEXT_TYPE));
    double share = page.page().redactedShare();
    d.add(new org.apache.lucene.document.DoublePoint(Schema.REDACTED_SHARE, share));
    d.add(new StoredField(Schema.REDACTED_SHARE, share));
    d.add(new SortedSetDocValuesFacetField(Schema.F_REDACTED, PageRedactions.range(share)));
    d.add(new StringField(Schema.SOURCE, DocumentMapper.pageKind(page.page()), Field.Store.YES));
    d.add(new StoredField(Schema.OCR_CONFIDENCE, page.page().ocrConfidence()));
    d.add(new DoublePoint(Schema.OCR_CONFIDENCE, page.page().ocrConfidence()));
    d.add(new DoubleDocValuesField(Schema.OCR_CONFIDENCE, page.page().ocrConfidence()));
    d.add(new StoredField(Schema.PAGE_NOTE, page.page().note()));
    logical(d, doc, page.number());
    d.add(new SortedSetDocValuesFacetField(Schema.F_STATUS, doc.extracted().status().label()));
    for (String code : new LinkedHashSet<>(page.structure().exemptions())) {
      d.add(new StringField(Schema.EXEMPTION, code, Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(Schema.F_EXEMPTION, code));
    }
    for (String bates : page.structure().bates()) {
      d.add(new StringField(Schema.BATES, bates, Field.Store.YES));
    }
    entities(d, page);
    for (String kind : contactKinds(doc, page.number())) {
      d.add(new StringField(Schema.CONTACT_KIND, kind, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(Schema.F_KIND, kind));
    }
    d.add(new StoredField(Schema.MENTIONS, Jsonl.toJson(mentionRows(page))));
    d.add(new StoredField(Schema.REDACTIONS, Jsonl.toJson(page.page().redactions())));
    d.add(new StoredField(Schema.EMAILS, Jsonl.toJson(page.structure().emails())));
    d.add(new StoredField(Schema.SIGNATURE, new BytesRef(signature.toBytes())));
    return d;
  }

  /** A page of a merged release carries its logical document's range, date and thread; others the file's date. */
  private static void logical(Document d, AnnotatedDocument doc, int page) {
    Optional<DocumentRecord.LogicalRecord> logical = doc.logicalAt(page);
    if (logical.isEmpty()) {
      date(d, doc.relations().date());
      return;
    }
    DocumentRecord.LogicalRecord l = logical.get();
    intField(d, Schema.LOGICAL_START, l.start());
    d.add(new StoredField(Schema.LOGICAL_END, l.end()));
    if (l.thread() != null) {
      d.add(new StringField(Schema.THREAD, l.thread(), Field.Store.YES));
    }
    date(d, doc.logical().size() == 1 || l.date() == null ? doc.relations().date() : Optional.of(LocalDate.parse(l.date())));
  }

  /** The file record; rebuilt from the export record alone when a document gains a path. */
  Document file(String id, DocumentRecord record) {
    Document d = base(Schema.KIND_FILE, Schema.fileUid(id), id, record.path());
    for (String other : record.paths()) {
      d.add(new StringField(Schema.PATH, other, Field.Store.NO));
    }
    d.add(new StringField(Schema.STATUS, record.status(), Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(Schema.F_STATUS, record.status()));
    date(d, Optional.ofNullable(record.date()).map(LocalDate::parse));
    d.add(new StoredField(Schema.RECORD, Jsonl.toJson(record)));
    return d;
  }

  List<Document> contacts(AnnotatedDocument doc, String path) {
    List<Document> out = new ArrayList<>();
    int n = 0;
    for (Contact c : doc.relations().contacts()) {
      Document d = base(Schema.KIND_CONTACT, "contact:" + doc.id() + "/" + n++, doc.id(), path);
      intField(d, Schema.PAGE, c.page());
      d.add(new StringField(Schema.AGENCY, c.agency(), Field.Store.YES));
      d.add(new StringField(Schema.JURISDICTION, c.jurisdiction(), Field.Store.YES));
      d.add(new StringField(Schema.CONTACT_KIND, c.kind().label(), Field.Store.YES));
      d.add(new StoredField(Schema.SNIPPET, c.snippet()));
      date(d, c.date());
      d.add(new SortedSetDocValuesFacetField(Schema.F_AGENCY, c.agency()));
      d.add(new SortedSetDocValuesFacetField(Schema.F_JURISDICTION, c.jurisdiction()));
      d.add(new SortedSetDocValuesFacetField(Schema.F_KIND, c.kind().label()));
      String state = names.state(c.jurisdiction());
      if (!state.isEmpty()) {
        d.add(new StringField(Schema.STATE, state, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(Schema.F_STATE, state));
      }
      out.add(d);
    }
    return out;
  }

  private static Document base(String kind, String uid, String docId, String path) {
    Document d = new Document();
    d.add(new StringField(Schema.KIND, kind, Field.Store.YES));
    d.add(new StringField(Schema.UID, uid, Field.Store.YES));
    d.add(new StringField(Schema.DOC_ID, docId, Field.Store.YES));
    d.add(new SortedDocValuesField(Schema.DOC_ID_VALUES, new BytesRef(docId)));
    d.add(new StringField(Schema.PATH, path, Field.Store.YES));
    return d;
  }

  private static void intField(Document d, String name, int value) {
    d.add(new IntPoint(name, value));
    d.add(new StoredField(name, value));
    d.add(new NumericDocValuesField(name, value));
  }

  /** Stores an ISO date, a point for range filters, doc values for sorting, and the year facet. */
  static void date(Document d, Optional<LocalDate> date) {
    if (date.isEmpty()) {
      return;
    }
    long day = date.get().toEpochDay();
    d.add(new StoredField(Schema.DATE, date.get().toString()));
    d.add(new LongPoint(Schema.DATE_DAY, day));
    d.add(new NumericDocValuesField(Schema.DATE_DAY, day));
    d.add(new SortedSetDocValuesFacetField(Schema.F_YEAR, Integer.toString(date.get().getYear())));
  }

  private void entities(Document d, AnnotatedPage page) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> states = new LinkedHashSet<>();
    for (ResolvedMention m : page.mentions()) {
      if (m.isResolved() && ids.add(m.entityId())) {
        String id = m.entityId();
        d.add(new StringField(Schema.ENTITY, id, Field.Store.YES));
        String dim = id.startsWith("agency:") ? Schema.F_AGENCY : Schema.F_JURISDICTION;
        if (!id.startsWith("state:")) {
          d.add(new SortedSetDocValuesFacetField(dim, id));
        }
        String state = names.state(id);
        if (!state.isEmpty()) {
          states.add(state);
        }
      }
    }
    for (String state : states) {
      d.add(new StringField(Schema.STATE, state, Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(Schema.F_STATE, state));
    }
  }

  private static Set<String> contactKinds(AnnotatedDocument doc, int page) {
    Set<String> kinds = new LinkedHashSet<>();
    doc.relations().contacts().stream().filter(c -> c.page() == page).forEach(c -> kinds.add(c.kind().label()));
    return kinds;
  }

  private static List<MentionRow> mentionRows(AnnotatedPage page) {
    return page.mentions().stream()
        .map(
            m ->
                new MentionRow(
                    m.entityId(),
                    m.mention().type().label(),
                    m.mention().text(),
                    m.mention().start(),
                    m.mention().end(),
                    m.mention().source(),
                    m.candidates()))
        .toList();
  }

  /** A mention as stored with its page, for the web app's highlighting and the entity lookup. */
  public record MentionRow(
      String id, String type, String text, int start, int end, String source, List<String> candidates) {}
}
