package org.foiapipeline.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexableField;

/**
 * The page text field in the JSON form of Solr's {@code PreAnalyzedField}:
 * {@code {"v":"1","str":<text>,"tokens":[{"t":term,"s":start,"e":end,"i":increment}, ...]}}. The tokens are
 * the ones the embedded index writes for the same Lucene field (the field's own token stream under
 * {@link Schema#analyzer()}, redaction tokens and their position gaps included), so the collection's postings,
 * offsets and page lengths equal the embedded index's. Thread-safe, as its analyzer is.
 */
final class PreAnalyzedText implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Analyzer analyzer = Schema.analyzer();

  /** The pre-analysed JSON of a stored, tokenized Lucene field, analysed as {@link IndexUpdater} analyses it. */
  String json(IndexableField field) {
    StringWriter out = new StringWriter(field.stringValue().length() * 4);
    try (JsonGenerator json = JSON.createGenerator(out);
        TokenStream tokens = field.tokenStream(analyzer, null)) {
      json.writeStartObject();
      json.writeStringField("v", "1");
      json.writeStringField("str", field.stringValue());
      json.writeArrayFieldStart("tokens");
      writeTokens(tokens, json);
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      // The token stream reads a String and the generator writes to memory: neither does I/O.
      throw new UncheckedIOException("cannot analyse the text of field " + field.name(), e);
    }
    return out.toString();
  }

  private static void writeTokens(TokenStream tokens, JsonGenerator json) throws IOException {
    CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
    OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
    tokens.reset();
    while (tokens.incrementToken()) {
      json.writeStartObject();
      json.writeStringField("t", term.toString());
      json.writeNumberField("s", offsets.startOffset());
      json.writeNumberField("e", offsets.endOffset());
      json.writeNumberField("i", increment.getPositionIncrement());
      json.writeEndObject();
    }
    tokens.end();
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
