package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  @Test
  void theShippedModelIsFoundBesideTheBuild() {
    assertThat(Installation.model()).isRegularFile();
  }

  @Test
  void aMissingShippedModelIsSaidOnStderrAndTheRunGoesOn() {
    Path missing = dir.resolve("models/ner-en-foia.bin");
    assertThat(Installation.model(null, missing, new PrintWriter(err))).isEqualTo(missing);
    assertThat(err.toString()).contains("warning: no name-finder model").contains("--model");
  }

  @Test
  void aGivenModelThatDoesNotExistIsAnError() {
    assertThatThrownBy(() -> Installation.model(dir.resolve("nope.bin"), dir, new PrintWriter(err)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such model file");
  }

  @Test
  void aGivenModelIsUsedSilently() throws IOException {
    Path model = Files.writeString(dir.resolve("m.bin"), "x");
    assertThat(Installation.model(model, dir.resolve("missing"), new PrintWriter(err))).isEqualTo(model);
    assertThat(err.toString()).isEmpty();
  }
}
