package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.foiapipeline.dedup.Signature;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written before units existed: its merged releases get their units in the next regroup pass. */
class LegacyUnitsTest {
  @TempDir Path tmp;

  @Test
  void aMergedReleaseSignedAsOneFileIsSplitIntoItsLogicalDocumentsByTheNextPass() throws Exception {
    Path folder = tmp.resolve("index");
    try (IndexUpdater updater = IndexUpdater.open(folder, EntityNames.idsOnly())) {
      DuplicateUnitsTest.add(updater, DuplicateUnitsTest.ALONE, "alone.pdf",
          List.of(String.format(DuplicateUnitsTest.LETTER, "John Smith")), List.of());
      DuplicateUnitsTest.add(updater, DuplicateUnitsTest.MERGED, "merged.pdf", List.of(
          String.format(DuplicateUnitsTest.MEMO, ""), String.format(DuplicateUnitsTest.LETTER, "(b)(6)")),
          List.of(DuplicateUnitsTest.range(1, 1), DuplicateUnitsTest.range(2, 2)));
      updater.commit();
    }
    String merged = DuplicateUnitsTest.MERGED;
    try (FSDirectory dir = FSDirectory.open(folder.resolve("lucene"));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      writer.deleteDocuments(new BooleanQuery.Builder()
          .add(QueryBuilder.term(Schema.KIND, Schema.KIND_DUPLICATE), Occur.FILTER)
          .add(QueryBuilder.term(Schema.DOC_ID, merged), Occur.FILTER).build());
      Document legacy = new Document(); // the form of a duplicate document before units
      legacy.add(new StringField(Schema.KIND, Schema.KIND_DUPLICATE, Field.Store.YES));
      legacy.add(new StringField(Schema.UID, Schema.duplicateUid(merged), Field.Store.YES));
      legacy.add(new StringField(Schema.DOC_ID, merged, Field.Store.YES));
      legacy.add(new StoredField(Schema.SIGNATURE, new BytesRef(Signature.empty().toBytes())));
      legacy.add(new StringField(Schema.DUPLICATE_GROUP, merged, Field.Store.YES));
      writer.updateDocument(new Term(Schema.UID, Schema.duplicateUid(merged)), legacy);
    }
    try (IndexUpdater updater = IndexUpdater.open(folder, EntityNames.idsOnly())) {
      updater.groupDuplicates();
      updater.commit();
    }
    try (IndexView view = IndexView.open(folder)) {
      DuplicateUnits units = view.duplicateUnits();
      assertThat(units.units(merged)).extracting(DuplicateUnits.Unit::id).containsExactly(merged + ":1-1", merged + ":2-2");
      assertThat(units.groupAt(merged, 2)).isNotNull().isEqualTo(units.groupAt(DuplicateUnitsTest.ALONE, 1));
    }
  }
}
