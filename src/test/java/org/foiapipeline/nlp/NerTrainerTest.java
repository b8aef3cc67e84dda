package org.foiapipeline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
  private static final String[] PEOPLE = {"John Smith", "Maria Lopez", "Ann Lee", "Tom Baker", "Rosa Diaz"};
  private static final String[] COUNTIES = {"Dakota County", "Knox County", "Bay County", "Clay County"};
  private static final String[] TEMPLATES = {
    "On Monday %s met officers of %s about the agreement .",
    "A letter from %s to %s asked for training .",
    "%s called the jail in %s twice ."
  };

  /** Sentences with a person and a county, in varied templates. */
  static List<AnnotatedSentence> synthetic(int count) {
    List<AnnotatedSentence> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String person = PEOPLE[i % PEOPLE.length];
      String county = COUNTIES[(i / 2) % COUNTIES.length];
      String template = TEMPLATES[i % TEMPLATES.length];
      String text = String.format(template, person, county);
      int p = text.indexOf(person);
      int c = text.indexOf(county);
      out.add(new AnnotatedSentence(text, List.of(new AnnotatedSentence.Name(p, p + person.length(), EntityType.PERSON),
          new AnnotatedSentence.Name(c, c + county.length(), EntityType.COUNTY))));
    }
    return out;
  }

  @Test
  void aModelTrainedOnSyntheticSentencesFindsTheirNames(@TempDir Path dir) throws Exception {
    NerTrainer.Result result = new NerTrainer().train(synthetic(120), new NerTrainer.Options(30, "MAXENT", 1, 10));
    assertThat(result.report().namesByType()).containsEntry("person", 120).containsEntry("county", 120);
    assertThat(result.report().f1()).isGreaterThan(0.8);

    Path model = dir.resolve("models/ner-en-foia.bin");
    NerTrainer.write(result, model);
    assertThat(model).isNotEmptyFile();
    assertThat(dir.resolve("models/ner-en-foia.params.json")).content().contains("\"iterations\" : 30");
    assertThat(dir.resolve("models/ner-en-foia.eval.json")).content().contains("\"f1\"");

    List<Mention> found = ModelRecognizer.load(model).find("On Monday Ann Lee met officers of Knox County about it.");
    assertThat(found).extracting(Mention::text).contains("Ann Lee");
    assertThat(found).allSatisfy(m -> assertThat(m.source()).isEqualTo("model"));
  }

  @Test
  void thePerceptronTrainsToo() throws Exception {
    NerTrainer.Result result = new NerTrainer().train(synthetic(60), new NerTrainer.Options(20, "PERCEPTRON", 1, 0));
    assertThat(result.report().testSentences()).isZero();
    assertThat(new ModelRecognizer(result.model()).find("Tom Baker called the jail in Bay County twice."))
        .isNotEmpty();
  }

  @Test
  void oneSharedModelServesManyThreads() throws Exception {
    ModelRecognizer recognizer =
        new ModelRecognizer(new NerTrainer().train(synthetic(60), new NerTrainer.Options(20, "MAXENT", 1, 0)).model());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> recognizer.find("A letter from Rosa Diaz to Clay County asked for training.")));
      }
      List<Mention> first = futures.get(0).get();
      for (Future<List<Mention>> f : futures) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void nothingAnnotatedIsRefused() {
    List<AnnotatedSentence> plain = List.of(new AnnotatedSentence("No names here .", List.of()));
    assertThatThrownBy(() -> new NerTrainer().train(plain, NerTrainer.Options.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no names");
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> new NerTrainer.Options(0, "MAXENT", 1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NerTrainer.Options(10, "SVM", 1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesThatSplitATokenAreDroppedAndCounted() throws Exception {
    Path shipped = Path.of("models/ner-en-foia.bin");
    Object before = Files.exists(shipped) ? Files.getLastModifiedTime(shipped) : null;
    List<AnnotatedSentence> sentences = new ArrayList<>(synthetic(30));
    sentences.add(new AnnotatedSentence("Ann Leeward came .", List.of(new AnnotatedSentence.Name(0, 7, EntityType.PERSON))));
    assertThat(new NerTrainer().train(sentences, new NerTrainer.Options(5, "MAXENT", 1, 0)).report().droppedNames())
        .isEqualTo(1);
    Object after = Files.exists(shipped) ? Files.getLastModifiedTime(shipped) : null;
    assertThat(after).as("tests never write to the working tree").isEqualTo(before);
  }
}
