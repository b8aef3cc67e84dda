package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The image clean-ups a page may get before it is OCR'd again, in the order given: {@code deskew} (turns
 * the page so its text lines are level), {@code denoise} (3x3 median: removes toner speckle and sensor
 * noise, keeps strokes) and {@code binarize} (Otsu's global threshold: black ink on white paper, which
 * also evens out a faded or unevenly lit scan). Pure functions of the image.
 */
public final class Preprocessing {
  /** One clean-up step. */
  public enum Step {
    DESKEW,
    DENOISE,
    BINARIZE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<Step> steps;

  private Preprocessing(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public static Preprocessing of(List<Step> steps) {
    return new Preprocessing(steps);
  }

  public static Preprocessing none() {
    return new Preprocessing(List.of());
  }

  /**
   * Parses {@code deskew,denoise,binarize} (any subset, any order, case-insensitive; empty or {@code none}
   * for no step).
   *
   * @throws IllegalArgumentException naming the unknown step and the known ones
   */
  public static Preprocessing parse(String spec) {
    Set<Step> steps = new LinkedHashSet<>();
    String s = spec == null ? "" : spec.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("none")) {
      return none();
    }
    for (String part : s.split(",")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      try {
        steps.add(Step.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--preprocess: unknown step \"" + part.strip() + "\"; use deskew, denoise, binarize (comma-separated) or none");
      }
    }
    return new Preprocessing(new ArrayList<>(steps));
  }

  public List<Step> steps() {
    return steps;
  }

  /** The steps as written on the command line, {@code none} when there are none. */
  public String label() {
    return steps.isEmpty() ? "none" : String.join(",", steps.stream().map(Step::label).toList());
  }

  /** Applies the steps in order to a copy; the input image is never changed. */
  public BufferedImage apply(BufferedImage image) {
    BufferedImage out = Gray.of(image);
    for (Step step : steps) {
      out = switch (step) {
        case DESKEW -> Deskew.apply(out);
        case DENOISE -> Denoise.median3(out);
        case BINARIZE -> Binarize.otsu(out);
      };
    }
    return out;
  }
}
