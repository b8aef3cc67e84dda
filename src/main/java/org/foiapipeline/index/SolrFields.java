package org.foiapipeline.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Translates the Lucene documents {@link LuceneDocuments} builds into Solr documents and back, so that both
 * engines hold the same fields and the readers of {@link IndexView} work unchanged on Solr results. The rules
 * are generic, so a field added to the Lucene documents reaches Solr without a change here:
 * <ul>
 *   <li>indexed strings keep their name (the configset's catch-all string field, or {@code doc_id}, {@code kind},
 *       {@code uid});
 *   <li>{@link Schema#TEXT} is the analysed, highlighted {@code text} (sent pre-analysed, so that it carries the
 *       embedded index's redaction tokens); other analysed text is {@code NAME__t};
 *   <li>stored-only strings (JSON, snippets) are {@code NAME__s}, stored and not indexed;
 *   <li>numbers are {@code NAME__i}, {@code __l}, {@code __f} or {@code __d} (points with doc values); a number
 *       only indexed as a point or doc value (such as {@link Schema#DATE_DAY}) is sent once;
 *   <li>facet values are {@code DIM__facet}, strings with doc values for JSON facets.
 * </ul>
 * Stored bytes (near-duplicate signatures) are {@code NAME__b}. Binary doc values (such as
 * {@link Schema#DOC_ID_VALUES}) are left out: Solr's {@code doc_id} has doc values of its own.
 */
final class SolrFields {
  static final String ID = "id";
  static final String FACET_SUFFIX = "__facet";
  private static final Set<String> TYPE_SUFFIXES = Set.of("i", "l", "f", "d", "t", "s", "b");
  private static final Set<String> SKIPPED_ON_READ = Set.of(ID, "_version_", "score", "_root_");

  private SolrFields() {}

  /** The Solr unique key: the document id as route prefix keeps a document's pages, record and contacts on one shard. */
  static String solrId(String docId, String uid) {
    return docId.isEmpty() ? uid.replace("!", "%21") : docId + "!" + uid;
  }

  static String facetField(String dim) {
    return dim + FACET_SUFFIX;
  }

  static String numberField(String name, Number value) {
    String code = value instanceof Integer ? "i" : value instanceof Long ? "l" : value instanceof Float ? "f" : "d";
    return name + "__" + code;
  }

  /** The Solr document of a Lucene document, under {@link #solrId}, with the page text as it reads. */
  static SolrInputDocument toSolr(Document d) {
    return toSolr(d, IndexableField::stringValue);
  }

  /**
   * The Solr document of a Lucene document, under {@link #solrId}; {@code text} gives the value sent for
   * {@link Schema#TEXT} (the text as it reads, or its pre-analysed form, {@link PreAnalyzedText}).
   */
  static SolrInputDocument toSolr(Document d, Function<IndexableField, String> text) {
    SolrInputDocument out = new SolrInputDocument();
    out.setField(ID, solrId(d.get(Schema.DOC_ID) == null ? "" : d.get(Schema.DOC_ID), d.get(Schema.UID)));
    Set<String> storedNumbers = new HashSet<>();
    Map<String, Set<Number>> unstoredNumbers = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      if (f instanceof SortedSetDocValuesFacetField facet) {
        out.addField(facetField(facet.dim), facet.label);
      } else if (f.numericValue() != null && f.fieldType().stored()) {
        out.addField(numberField(f.name(), f.numericValue()), f.numericValue());
        storedNumbers.add(f.name());
      } else if (f.numericValue() != null) {
        unstoredNumbers.computeIfAbsent(f.name(), k -> new LinkedHashSet<>()).add(f.numericValue());
      } else if (f.stringValue() != null) {
        addString(out, f, text);
      } else if (f.binaryValue() != null && f.fieldType().stored()) {
        BytesRef b = f.binaryValue();
        out.addField(f.name() + "__b", Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
      }
    }
    unstoredNumbers.forEach(
        (name, values) -> {
          if (!storedNumbers.contains(name)) {
            values.forEach(v -> out.addField(numberField(name, v), v));
          }
        });
    return out;
  }

  private static void addString(SolrInputDocument out, IndexableField f, Function<IndexableField, String> text) {
    boolean indexed = f.fieldType().indexOptions() != IndexOptions.NONE;
    if (f.fieldType().tokenized() && indexed && f.name().equals(Schema.TEXT)) {
      out.addField(Schema.TEXT, text.apply(f));
    } else if (f.fieldType().tokenized() && indexed) {
      out.addField(f.name() + "__t", f.stringValue());
    } else if (indexed) {
      out.addField(f.name(), f.stringValue());
    } else if (f.fieldType().stored()) {
      out.addField(f.name() + "__s", f.stringValue());
    }
  }

  /** The stored fields of a Solr result as a Lucene document, as {@code IndexSearcher.storedFields()} would give them. */
  static Document toLucene(SolrDocument s) {
    Document d = new Document();
    for (String solrName : s.getFieldNames()) {
      if (SKIPPED_ON_READ.contains(solrName) || solrName.endsWith(FACET_SUFFIX)) {
        continue;
      }
      for (Object value : values(s.getFieldValue(solrName))) {
        d.add(stored(solrName, value));
      }
    }
    return d;
  }

  private static Collection<?> values(Object value) {
    return value instanceof Collection<?> c ? c : List.of(value);
  }

  private static StoredField stored(String solrName, Object value) {
    int cut = solrName.lastIndexOf("__");
    boolean typed = cut > 0 && TYPE_SUFFIXES.contains(solrName.substring(cut + 2));
    String name = typed ? solrName.substring(0, cut) : solrName;
    if (value instanceof Integer i) {
      return new StoredField(name, i);
    } else if (value instanceof Long l) {
      return new StoredField(name, l);
    } else if (value instanceof Float f) {
      return new StoredField(name, f);
    } else if (value instanceof Double x) {
      return new StoredField(name, x);
    } else if (value instanceof byte[] bytes) {
      return new StoredField(name, new BytesRef(bytes));
    } else if (value instanceof ByteBuffer buffer) {
      byte[] bytes = new byte[buffer.remaining()];
      buffer.duplicate().get(bytes);
      return new StoredField(name, new BytesRef(bytes));
    }
    return new StoredField(name, String.valueOf(value));
  }
}
