package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;

class SolrFieldsTest {
  final LuceneDocuments documents = new LuceneDocuments(EntityNames.idsOnly());
  final AnnotatedDocument doc =
      IndexViewTest.doc("abc123", "release.zip!/memo.pdf", LocalDate.of(2019, 3, 4),
          "ICE met the Dakota County sheriff. (b)(6)", "second page");

  @Test
  void aPageReadBackFromSolrIsTheSamePageAsFromLucene() {
    Document lucene = documents.page(doc, doc.pages().get(0), doc.path());
    Document fromSolr = SolrFields.toLucene(stored(SolrFields.toSolr(lucene)));
    assertThat(IndexView.pageOf(fromSolr)).isEqualTo(IndexView.pageOf(lucene));
  }

  @Test
  void aContactReadBackFromSolrIsTheSameRowAsFromLucene() {
    Document lucene = documents.contacts(doc, doc.path()).get(0);
    Document fromSolr = SolrFields.toLucene(stored(SolrFields.toSolr(lucene)));
    assertThat(IndexView.contactOf(fromSolr)).isEqualTo(IndexView.contactOf(lucene));
  }

  @Test
  void numbersAreTypedFacetsAreDocValuesAndJsonIsStoredOnly() {
    SolrInputDocument solr = SolrFields.toSolr(documents.page(doc, doc.pages().get(0), doc.path()));
    assertThat(solr.getFieldValue("page__i")).isEqualTo(1);
    assertThat(solr.getFieldValue("date_day__l")).isEqualTo(LocalDate.of(2019, 3, 4).toEpochDay());
    assertThat(solr.getFieldValues("exemption__facet")).containsExactly("(b)(6)");
    assertThat(solr.getFieldValues("kind__facet")).containsExactly("meeting");
    assertThat(solr.getFieldNames()).contains("mentions__s", "text", "entity").doesNotContain("doc_id_dv", "page__s");
  }

  @Test
  void aDocumentsPartsShareItsRouteAndLedgerRowsNeverSplitOnTheirPath() {
    assertThat(SolrFields.solrId("abc", Schema.pageUid("abc", 2))).isEqualTo("abc!page:abc/2");
    assertThat(SolrFields.solrId("", Schema.ledgerUid("release.zip!/memo.pdf"))).doesNotContain("!");
  }

  @Test
  void aNearDuplicateUnitAndItsSignatureReadBackFromSolrAreTheSameAsFromLucene() {
    Document page = documents.page(doc, doc.pages().get(0), doc.path());
    SolrInputDocument solrPage = SolrFields.toSolr(page);
    assertThat(solrPage.getFieldValue("dup_signature__b")).isInstanceOf(byte[].class);
    Document pageBack = SolrFields.toLucene(stored(solrPage));
    assertThat(DuplicateDocs.signature(pageBack.getBinaryValue(Schema.SIGNATURE)))
        .isEqualTo(DuplicateDocs.signature(page.getBinaryValue(Schema.SIGNATURE)));
    for (Document unit : DuplicateGroups.signatureDocuments(doc, DuplicateGroups.pageSignatures(doc))) {
      Document back = SolrFields.toLucene(stored(SolrFields.toSolr(unit)));
      assertThat(DuplicateDocs.entry(back)).isEqualTo(DuplicateDocs.entry(unit));
      assertThat(DuplicateDocs.unit(back)).isEqualTo(DuplicateDocs.unit(unit));
    }
  }

  /** What Solr stores and returns: the input fields with their values, under the same names. */
  private static SolrDocument stored(SolrInputDocument in) {
    SolrDocument out = new SolrDocument();
    for (String name : in.getFieldNames()) {
      if (!name.endsWith(SolrFields.FACET_SUFFIX)) {
        out.setField(name, in.getFieldValues(name));
      }
    }
    return out;
  }
}
