package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionAnchorsTest {
  // "Call Sheriff b6 John" on one line (y 0.10-0.12), "Next line" below (y 0.15-0.17)
  private static final List<WordSpan> WORDS = List.of(
      new WordSpan(0, 4, new Box(0.10, 0.10, 0.05, 0.02)),
      new WordSpan(5, 12, new Box(0.16, 0.10, 0.08, 0.02)),
      new WordSpan(13, 15, new Box(0.40, 0.10, 0.03, 0.02)),
      new WordSpan(16, 20, new Box(0.44, 0.10, 0.05, 0.02)),
      new WordSpan(21, 25, new Box(0.10, 0.15, 0.05, 0.02)),
      new WordSpan(26, 30, new Box(0.16, 0.15, 0.05, 0.02)));

  @Test
  void aBoxGoesAfterTheWordLeftOfItOnItsLine() {
    Box box = new Box(0.25, 0.1, 0.14, 0.02);
    assertThat(RedactionAnchors.place(List.of(box), WORDS, 30)).containsExactly(new RedactionAnchor(box, 12));
  }

  @Test
  void aBoxAtTheStartOfALineGoesBeforeItsFirstWordAndALoneBoxAfterTheLineAbove() {
    Box first = new Box(0.02, 0.15, 0.07, 0.02);
    Box alone = new Box(0.10, 0.30, 0.50, 0.03);
    assertThat(RedactionAnchors.place(List.of(alone, first), WORDS, 30))
        .extracting(RedactionAnchor::offset).containsExactly(21, 30);
  }

  @Test
  void aWordOcrReadInsideTheBoxStaysInsideTheRedaction() {
    List<WordSpan> words = new java.util.ArrayList<>(WORDS);
    words.add(2, new WordSpan(13, 15, new Box(0.30, 0.10, 0.03, 0.02)));
    Box box = new Box(0.25, 0.1, 0.14, 0.02);
    assertThat(RedactionAnchors.place(List.of(box), words, 30)).extracting(RedactionAnchor::offset).containsExactly(15);
  }

  @Test
  void solidBoxesAreFoundInAScanButLettersAndRulesAreNot() {
    BufferedImage image = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1700, 2200);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.BOLD, 42));
    g.drawString("WWW Sheriff MMM of Dakota County", 200, 300);
    g.fillRect(200, 400, 1300, 4); // a rule
    g.fillRect(300, 500, 400, 40); // a redaction box
    g.rotate(0.01);
    g.fillRect(300, 700, 300, 40); // a box askew
    g.dispose();
    List<Box> boxes = ImageRedactions.find(image, 200);
    assertThat(boxes).hasSize(2);
    assertThat(boxes.get(0).x()).isCloseTo(300 / 1700.0, org.assertj.core.data.Offset.offset(0.002));
    assertThat(boxes.get(0).width()).isCloseTo(400 / 1700.0, org.assertj.core.data.Offset.offset(0.002));
  }
}
