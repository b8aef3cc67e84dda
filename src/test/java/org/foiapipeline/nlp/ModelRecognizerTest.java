package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelRecognizerTest {
  private static TokenNameFinderModel model;

  @BeforeAll
  static void train() throws Exception {
    model = new NerTrainer().train(NerTrainerTest.synthetic(120), new NerTrainer.Options(30, "MAXENT", 1, 0)).model();
  }

  @Test
  void aModelOfTheShippedFeaturesLooksOnlyAtTheWordsItIsGiven() {
    assertThat(ModelRecognizer.adaptive(model)).isFalse();
  }

  @Test
  void aModelOfOpenNlpsDefaultFeaturesRemembersWhatItTaggedAndIsNotRecalled() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (String[] person : new String[][] {{"Ann", "Lee"}, {"Tom", "Baker"}, {"Rosa", "Diaz"}}) {
      String[] words = {person[0], person[1], "called", "the", "jail", "."};
      samples.add(new NameSample(words, new Span[] {new Span(0, 2, "person")}, true));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderModel defaults =
        NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
    assertThat(ModelRecognizer.adaptive(defaults)).isTrue();
  }

  @Test
  void aModelOfAnyOtherFeatureIsTakenAsAdaptive() throws Exception {
    String shipped;
    try (var in = NerTrainer.class.getResourceAsStream(NerTrainer.FEATURES)) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String documentBegin = shipped.replace("</featureGenerators>",
        "  <generator class=\"opennlp.tools.util.featuregen.DocumentBeginFeatureGeneratorFactory\"/>\n"
            + "</featureGenerators>");
    assertThat(ModelRecognizer.adaptive(trainWith(shipped))).isFalse();
    assertThat(ModelRecognizer.adaptive(trainWith(documentBegin))).isTrue();
  }

  private static TokenNameFinderModel trainWith(String features) throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (String[] person : new String[][] {{"Ann", "Lee"}, {"Tom", "Baker"}, {"Rosa", "Diaz"}}) {
      String[] words = {person[0], person[1], "called", "the", "jail", "."};
      samples.add(new NameSample(words, new Span[] {new Span(0, 2, "person")}, true));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
        new TokenNameFinderFactory(features.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(),
            new opennlp.tools.namefind.BioCodec()));
  }

  /**
   * Pages that share windows of text (a signature block, a salutation) at different places: what is recalled
   * for a window seen before must be exactly what a recogniser that never saw it finds, at this page's offsets.
   */
  @Test
  void aRecalledWindowGivesWhatAFreshReadingGivesAtItsOwnPlace() {
    List<String> pages = List.of(
        "On Monday Ann Lee met officers of Knox County about the agreement.",
        "Minutes.\n\nOn Monday Ann Lee met officers of Knox County about the agreement.\nA letter from Rosa Diaz "
            + "to Clay County asked for training.",
        "A letter from Rosa Diaz to Clay County asked for training. Tom Baker called the jail in Bay County twice.",
        "Draft\nTom Baker called the jail in Bay County twice.\n\nOn Monday Ann Lee met officers of Knox County.");
    ModelRecognizer shared = new ModelRecognizer(model);
    for (int round = 0; round < 2; round++) {
      for (String page : pages) {
        List<Mention> fresh = new ModelRecognizer(model).find(page);
        assertThat(shared.find(page)).isEqualTo(fresh);
        assertThat(fresh).allSatisfy(m -> assertThat(page.substring(m.start(), m.end())).isEqualTo(m.text()));
      }
    }
    assertThat(shared.find(pages.get(3))).extracting(Mention::text).contains("Tom Baker", "Ann Lee");
  }
}
