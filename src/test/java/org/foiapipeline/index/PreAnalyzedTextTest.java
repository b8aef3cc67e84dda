package org.foiapipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.extract.Box;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.RedactionAnchor;
import org.foiapipeline.extract.TextSource;
import org.junit.jupiter.api.Test;

class PreAnalyzedTextTest {
  static final String TEXT = "Please call Sheriff (b)(6) John Smith's office — café at ERO Omaha.";

  @Test
  void theJsonCarriesExactlyTheTokensTheEmbeddedIndexWritesRedactionsIncluded() throws Exception {
    Field field = redactedTextField();
    JsonNode json;
    try (PreAnalyzedText pre = new PreAnalyzedText()) {
      json = Jsonl.MAPPER.readTree(pre.json(field));
    }
    assertThat(json.get("v").asText()).isEqualTo("1");
    assertThat(json.get("str").asText()).isEqualTo(TEXT);
    List<String> sent = new ArrayList<>();
    for (JsonNode t : json.get("tokens")) {
      sent.add(t.get("t").asText() + " " + t.get("s").asInt() + "-" + t.get("e").asInt() + " +" + t.get("i").asInt());
    }
    assertThat(sent).isEqualTo(embeddedTokens(field));
    assertThat(sent).contains("redacted_b6 20-26 +0", "redacted 20-26 +" + RedactionTokens.GAP, "smith 32-39 +1", "cafe 49-53 +1");
  }

  @Test
  void theSolrDocumentSendsThePageTextPreAnalysedOnlyWhenAsked() throws Exception {
    org.apache.lucene.document.Document page = new org.apache.lucene.document.Document();
    page.add(new StringField(Schema.UID, "page:x/1", Field.Store.YES));
    page.add(new StringField(Schema.DOC_ID, "x", Field.Store.YES));
    page.add(redactedTextField());
    try (PreAnalyzedText pre = new PreAnalyzedText()) {
      SolrInputDocument tokens = SolrFields.toSolr(page, pre::json);
      assertThat(Jsonl.MAPPER.readTree((String) tokens.getFieldValue(Schema.TEXT)).get("str").asText()).isEqualTo(TEXT);
    }
    assertThat(SolrFields.toSolr(page).getFieldValue(Schema.TEXT)).isEqualTo(TEXT);
  }

  private static Field redactedTextField() {
    Box box = new Box(0.3, 0.1, 0.1, 0.02);
    Page page = new Page(1, TEXT, TextSource.TEXT_LAYER, -1, List.of(box), "",
        List.of(new RedactionAnchor(box, TEXT.indexOf(" (b)(6)"))));
    return PageRedactions.textField(page, LuceneDocuments.TEXT_TYPE);
  }

  /** The token stream IndexWriter consumes for the field: IndexUpdater's analyzer is Schema.analyzer(). */
  private static List<String> embeddedTokens(IndexableField field) throws Exception {
    List<String> out = new ArrayList<>();
    try (Analyzer analyzer = Schema.analyzer(); TokenStream ts = field.tokenStream(analyzer, null)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " " + offsets.startOffset() + "-" + offsets.endOffset() + " +" + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}
