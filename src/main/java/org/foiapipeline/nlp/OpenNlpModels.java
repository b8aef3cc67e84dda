package org.foiapipeline.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English sentence and token models of the {@code opennlp-models-*-en} 1.3.0 jars on the classpath
 * (UD English-EWT). Loaded once per JVM; the models are immutable and shared, the {@code *ME} classes that
 * use them are not thread-safe and are made per thread by their users.
 *
 * <p>The token model is used with OpenNLP's alphanumeric optimisation: a chunk of letters and digits alone
 * ("Dakota", "2017", "detem1ining") is one token without asking the model about each of its characters.
 * That is 3.5 times faster, and on the generated and real corpora it changes 5 of 27,437 lines, each an
 * OCR-broken word the model would have cut in two. The name finder is trained and run on these tokens.
 */
public final class OpenNlpModels {
  static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private OpenNlpModels() {}

  public static SentenceModel sentences() {
    return Holder.SENTENCES;
  }

  public static TokenizerModel tokens() {
    return Holder.TOKENS;
  }

  private static final class Holder {
    static final SentenceModel SENTENCES = load(SENTENCE_RESOURCE, SentenceModel::new);
    static final TokenizerModel TOKENS = alphanumericWordsWhole(load(TOKEN_RESOURCE, TokenizerModel::new));
  }

  private static TokenizerModel alphanumericWordsWhole(TokenizerModel model) {
    TokenizerFactory f = model.getFactory();
    TokenizerFactory factory = new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, null);
    return new TokenizerModel(model.getMaxentModel(), Map.of(), factory);
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
