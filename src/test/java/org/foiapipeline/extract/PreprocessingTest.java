package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PreprocessingTest {
  /** A page of printed text lines, as a clean grayscale image. */
  static BufferedImage textPage() {
    BufferedImage img = Gray.blank(1275, 1650);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
    for (int line = 0; line < 30; line++) {
      g.drawString("Sheriff of Dakota County wrote to ICE about the 287(g) agreement " + line, 90, 150 + line * 45);
    }
    g.dispose();
    return img;
  }

  @Test
  void deskewFindsAKnownRotationAndLevelsThePage() {
    BufferedImage turned = Deskew.rotate(textPage(), 2.5);

    assertThat(Deskew.angle(turned)).isCloseTo(2.5, within(0.3));
    assertThat(Deskew.angle(Deskew.apply(turned))).isCloseTo(0.0, within(0.3));
  }

  @Test
  void deskewFindsACounterClockwiseRotationToo() {
    assertThat(Deskew.angle(Deskew.rotate(textPage(), -1.5))).isCloseTo(-1.5, within(0.3));
  }

  @Test
  void deskewLeavesALevelPageAsItIs() {
    BufferedImage level = textPage();

    assertThat(Deskew.apply(level)).isSameAs(level);
  }

  @Test
  void binarizedPageHasOnlyBlackAndWhite() {
    BufferedImage noisy = Gray.of(Deskew.rotate(textPage(), 1.0));
    byte[] px = Gray.pixels(noisy);
    for (int i = 0; i < px.length; i += 7) {
      px[i] = (byte) Math.max(0, (px[i] & 0xff) - 30);
    }

    byte[] out = Gray.pixels(Binarize.otsu(noisy));

    assertThat(IntStream.range(0, out.length).map(i -> out[i] & 0xff).distinct().sorted().toArray())
        .containsExactly(0, 255);
  }

  @Test
  void otsuThresholdSeparatesInkFromPaper() {
    byte[] px = new byte[1000];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i % 10 == 0 ? 40 : 220);
    }

    assertThat(Binarize.threshold(px)).isBetween(40, 219);
  }

  @Test
  void medianFilterRemovesIsolatedSpecksAndKeepsStrokes() {
    BufferedImage img = Gray.blank(50, 50);
    byte[] px = Gray.pixels(img);
    java.util.Arrays.fill(px, (byte) 255);
    px[10 * 50 + 10] = 0;
    px[30 * 50 + 40] = 0;
    for (int y = 20; y < 23; y++) {
      for (int x = 5; x < 45; x++) {
        px[y * 50 + x] = 0;
      }
    }

    byte[] out = Gray.pixels(Denoise.median3(img));

    assertThat(out[10 * 50 + 10] & 0xff).isEqualTo(255);
    assertThat(out[30 * 50 + 40] & 0xff).isEqualTo(255);
    assertThat(out[21 * 50 + 25] & 0xff).isEqualTo(0);
  }

  @Test
  void stepsAreParsedInTheOrderGiven() {
    assertThat(Preprocessing.parse("binarize, DESKEW").steps())
        .containsExactly(Preprocessing.Step.BINARIZE, Preprocessing.Step.DESKEW);
    assertThat(Preprocessing.parse("none").steps()).isEmpty();
    assertThat(Preprocessing.parse("deskew,denoise,binarize").label()).isEqualTo("deskew,denoise,binarize");
  }

  @Test
  void unknownStepIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> Preprocessing.parse("deskew,sharpen"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sharpen")
        .hasMessageContaining("deskew, denoise, binarize");
  }

  @Test
  void preprocessingNeverChangesItsInput() {
    BufferedImage page = textPage();
    byte[] before = Gray.pixels(page).clone();

    BufferedImage out = Preprocessing.of(List.of(Preprocessing.Step.DENOISE, Preprocessing.Step.BINARIZE)).apply(page);

    assertThat(Gray.pixels(page)).isEqualTo(before);
    assertThat(out).isNotSameAs(page);
  }
}
