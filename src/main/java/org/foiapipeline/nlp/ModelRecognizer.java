package org.foiapipeline.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Mentions from the trained OpenNLP name finder (source {@code model}). The model is loaded once and shared;
 * each thread gets its own name finder ({@link GreedyNameFinder}, or {@link NameFinderME} for a model of a
 * wider beam), sentence detector and tokenizer (they are not thread-safe). Adaptive data is cleared after
 * every call, so nothing learnt on one page of one document leaks into another document. With a model whose features are not adaptive (the shipped one), what the
 * finder names in a stretch of text is remembered by that text and shared by all threads.
 */
public final class ModelRecognizer implements Recognizer {
  /** Distinct stretches whose names are remembered before the memory is emptied, bounding it whatever the input. */
  static final int WINDOW_CAPACITY = 20_000;

  /** Where an OpenNLP name-finder model keeps the description of its features. */
  private static final String FEATURES_ENTRY = "generator.featuregen";

  private final ThreadLocal<Workers> workers;
  /** What the finder named in each stretch of text read, by that text; null for an adaptive model. */
  private final Map<String, List<Found>> windows;

  private record Workers(SentenceDetectorME sentences, ChunkCachedTokenizer tokens, Tagger names) {}

  /** The finder proper: {@link GreedyNameFinder} for a model that tags with a beam of one, else OpenNLP's. */
  interface Tagger {
    Span[] find(String[] words);

    void clearAdaptiveData();
  }

  private static Tagger tagger(TokenNameFinderModel model) {
    GreedyNameFinder greedy = GreedyNameFinder.of(model);
    if (greedy != null) {
      return greedy;
    }
    NameFinderME finder = new NameFinderME(model);
    return new Tagger() {
      @Override
      public Span[] find(String[] words) {
        return finder.find(words);
      }

      @Override
      public void clearAdaptiveData() {
        finder.clearAdaptiveData();
      }
    };
  }

  /** A name the finder found in a stretch of text: its characters there, and its type. */
  private record Found(int start, int end, EntityType type) {}

  public ModelRecognizer(TokenNameFinderModel model) {
    this.workers =
        ThreadLocal.withInitial(
            () ->
                new Workers(
                    new SentenceDetectorME(OpenNlpModels.sentences()),
                    new ChunkCachedTokenizer(new TokenizerME(OpenNlpModels.tokens())),
                    tagger(model)));
    this.windows = adaptive(model) ? null : new ConcurrentHashMap<>();
  }

  /**
   * Whether a window's names may depend on more than the window's text: unless every feature generator the
   * model names is one of {@link #STATELESS_FEATURES}, in the XML form {@link NerTrainer} writes, the model
   * counts as adaptive (OpenNLP's default set remembers what it tagged earlier on the page; an older
   * descriptor names its generators by element, {@code <prevmap/>}), and its windows are not remembered. The
   * shipped model's features ({@link NerTrainer#FEATURES}) look at the window's own tokens only, so the same
   * text of a window always gets the same names, and one reading serves every copy of it — letterheads,
   * signature blocks, e-mail headers and form text repeat from page to page and file to file.
   */
  static boolean adaptive(TokenNameFinderModel model) {
    byte[] descriptor = model.getArtifact(FEATURES_ENTRY);
    if (descriptor == null) {
      return true;
    }
    String xml = new String(descriptor, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
    Matcher element = ELEMENT.matcher(xml);
    while (element.find()) {
      if (!DESCRIPTOR_ELEMENTS.contains(element.group(1))) {
        return true;
      }
    }
    Matcher generator = GENERATOR_CLASS.matcher(xml);
    while (generator.find()) {
      if (!STATELESS_FEATURES.contains(generator.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** Feature generators whose features for a token depend on the words given alone. */
  static final Set<String> STATELESS_FEATURES = Set.of(
      "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
      "opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory");

  private static final Set<String> DESCRIPTOR_ELEMENTS = Set.of("featureGenerators", "generator", "int", "bool");
  private static final Pattern ELEMENT = Pattern.compile("<(\\w+)");
  private static final Pattern GENERATOR_CLASS = Pattern.compile("<generator\\s+class=\"([^\"]+)\"");

  /** Loads a model written by {@link NerTrainer}. */
  public static ModelRecognizer load(Path modelFile) throws IOException {
    return new ModelRecognizer(new TokenNameFinderModel(modelFile));
  }

  /**
   * Longest run of tokens given to the name finder at once. Text without sentence ends (tables, data dumps)
   * makes one huge "sentence", and the finder's beam search costs the square of its length.
   */
  static final int MAX_TOKENS = 256;

  @Override
  public List<Mention> find(String pageText) {
    return find(pageText, List.of());
  }

  /**
   * Runs the name finder only around name-shaped pairs of words that {@code known} mentions do not already
   * cover, within their sentence and a few words either side ({@link NameCandidates}): the finder and its
   * tokenizer were a third of text-layer ingest, spent mostly on prose and on names the gazetteer had already
   * found, where the model adds nothing.
   */
  @Override
  public List<Mention> find(String pageText, List<Mention> known) {
    Workers w = workers.get();
    List<Mention> out = new ArrayList<>();
    try {
      for (Span sentence : w.sentences().sentPosDetect(pageText)) {
        for (Span window : NameCandidates.windows(pageText, sentence, known)) {
          findIn(w, pageText, window, out);
        }
      }
    } finally {
      w.names().clearAdaptiveData();
    }
    return out;
  }

  /** Runs the finder on one stretch of the page (or recalls what it found there), adding the names to {@code out}. */
  private void findIn(Workers w, String pageText, Span window, List<Mention> out) {
    String text = window.getCoveredText(pageText).toString();
    List<Found> found = windows == null ? null : windows.get(text);
    if (found == null) {
      found = names(w, text);
      if (windows != null) {
        if (windows.size() >= WINDOW_CAPACITY) {
          windows.clear();
        }
        windows.put(text, found);
      }
    }
    for (Found f : found) {
      int start = window.getStart() + f.start();
      int end = window.getStart() + f.end();
      out.add(new Mention(pageText.substring(start, end), f.type(), start, end, "model"));
    }
  }

  /** The names the finder gives a stretch of text, typed, in its characters. */
  private static List<Found> names(Workers w, String text) {
    Span[] tokens = w.tokens().tokenizePos(text);
    String[] words = Span.spansToStrings(tokens, text);
    List<Found> out = new ArrayList<>();
    for (int from = 0; from < words.length; from += MAX_TOKENS) {
      int to = Math.min(words.length, from + MAX_TOKENS);
      for (Span name : w.names().find(Arrays.copyOfRange(words, from, to))) {
        EntityType type = type(name.getType());
        if (type != null) {
          out.add(new Found(tokens[from + name.getStart()].getStart(), tokens[from + name.getEnd() - 1].getEnd(), type));
        }
      }
    }
    return List.copyOf(out);
  }

  private static EntityType type(String label) {
    for (EntityType t : EntityType.values()) {
      if (t.label().equals(label == null ? "" : label.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return null;
  }
}
