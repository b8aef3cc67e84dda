package org.foiapipeline.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.ml.BeamSearch;

/**
 * Trains the OpenNLP name finder on annotated sentences. Sentences are tokenised with the same English
 * tokenizer {@link ModelRecognizer} uses; a name whose edges fall inside a token is dropped (and counted).
 * Every {@code heldOutEvery}-th sentence is kept out of training and used for the evaluation report.
 */
public final class NerTrainer {
  /**
   * Hypotheses kept per token when the model tags. One (greedy) tags the generated sample exactly as three
   * do (same entity F1 to the third decimal) and makes ingest 16% cheaper in CPU: the finder was a quarter
   * of text-layer ingest. Stored in the model's manifest, where {@link ModelRecognizer} reads it.
   */
  static final int BEAM_SIZE = 1;

  /**
   * @param algorithm {@code MAXENT} or {@code PERCEPTRON}
   * @param heldOutEvery every n-th sentence is held out for evaluation (0 = none)
   */
  public record Options(int iterations, String algorithm, int cutoff, int heldOutEvery) {
    public Options {
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
      }
      if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
        throw new IllegalArgumentException("algorithm must be MAXENT or PERCEPTRON, got " + algorithm);
      }
    }

    public static Options defaults() {
      return new Options(100, "MAXENT", 1, 10);
    }
  }

  /** What training saw and how the model did on the held-out sentences. */
  public record Report(
      int sentences, int trainSentences, int testSentences, Map<String, Integer> namesByType, int droppedNames,
      double precision, double recall, double f1, Options options) {}

  /** A trained model and its report. */
  public record Result(TokenNameFinderModel model, Report report) {}

  /** Trains a model; fails with IllegalArgumentException when there is no name to learn from. */
  public Result train(List<AnnotatedSentence> sentences, Options options) throws IOException {
    Samples samples = samples(sentences, options);
    if (samples.byType.isEmpty()) {
      throw new IllegalArgumentException("no names to train on: " + sentences.size() + " sentences, none annotated");
    }
    TokenNameFinderModel model =
        NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples.train), parameters(options),
            factory());
    double[] prf = evaluate(model, samples.test);
    return new Result(
        model, new Report(sentences.size(), samples.train.size(), samples.test.size(), samples.byType,
            samples.dropped, prf[0], prf[1], prf[2], options));
  }

  /** The features the model is trained on and stored with: {@code ner-features.xml} beside this class. */
  static final String FEATURES = "ner-features.xml";

  private static TokenNameFinderFactory factory() throws IOException {
    try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IllegalStateException("feature description " + FEATURES + " is not on the classpath");
      }
      return new TokenNameFinderFactory(in.readAllBytes(), Map.of(), new BioCodec());
    }
  }

  /** Tokenised samples split into training and held-out, with the names counted by type. */
  private static final class Samples {
    final List<NameSample> train = new ArrayList<>();
    final List<NameSample> test = new ArrayList<>();
    final Map<String, Integer> byType = new TreeMap<>();
    int dropped;
  }

  private static Samples samples(List<AnnotatedSentence> sentences, Options options) {
    TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
    Samples samples = new Samples();
    for (int i = 0; i < sentences.size(); i++) {
      AnnotatedSentence s = sentences.get(i);
      Span[] tokens = tokenizer.tokenizePos(s.text());
      List<Span> names = new ArrayList<>();
      for (AnnotatedSentence.Name name : s.names()) {
        Span span = tokenSpan(tokens, name);
        if (span == null) {
          samples.dropped++;
        } else {
          names.add(span);
          samples.byType.merge(name.type().label(), 1, Integer::sum);
        }
      }
      NameSample sample = new NameSample(Span.spansToStrings(tokens, s.text()),
          NameFinderME.dropOverlappingSpans(names.toArray(new Span[0])), true);
      boolean heldOut = options.heldOutEvery() > 1 && i % options.heldOutEvery() == options.heldOutEvery() - 1;
      (heldOut ? samples.test : samples.train).add(sample);
    }
    return samples;
  }

  private static TrainingParameters parameters(Options options) {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
    return params;
  }

  /** The token span covering exactly the name's characters, or null when its edges split a token. */
  private static Span tokenSpan(Span[] tokens, AnnotatedSentence.Name name) {
    int first = -1;
    int last = -1;
    for (int t = 0; t < tokens.length; t++) {
      if (tokens[t].getStart() == name.start()) {
        first = t;
      }
      if (tokens[t].getEnd() == name.end()) {
        last = t;
      }
    }
    return first < 0 || last < first ? null : new Span(first, last + 1, name.type().label());
  }

  private static double[] evaluate(TokenNameFinderModel model, List<NameSample> test) throws IOException {
    if (test.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
    evaluator.evaluate(ObjectStreamUtils.createObjectStream(test));
    var f = evaluator.getFMeasure();
    return new double[] {f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure()};
  }

  /**
   * Writes the model to {@code modelFile}, its training parameters next to it as {@code <name>.params.json}
   * and the report as {@code <name>.eval.json} ({@code <name>} = the file name without {@code .bin}).
   */
  public static void write(Result result, Path modelFile) throws IOException {
    Path dir = modelFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(modelFile)) {
      result.model().serialize(out);
    }
    String stem = modelFile.getFileName().toString().replaceFirst("\\.bin$", "");
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(dir.resolve(stem + ".params.json").toFile(), result.report().options());
    json.writeValue(dir.resolve(stem + ".eval.json").toFile(), result.report());
  }
}
