package org.foiapipeline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Census county list (50 states; territories and DC left out), the held-out test slice, and the
 * same-name groups ({@code Washington County} in 30 states) that only state context tells apart.
 */
public final class Geography {
  private static final String RESOURCE = "/org/foiapipeline/data/census-national-county.txt";
  private static final Set<String> LEFT_OUT = Set.of("DC", "PR", "GU", "VI", "AS", "MP", "UM");

  private final List<County> counties;
  private final Map<String, List<County>> byName = new LinkedHashMap<>();

  private Geography(List<County> counties) {
    this.counties = List.copyOf(counties);
    for (County c : counties) {
      byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
    }
  }

  /** Loads the list shipped in the resources (CSV without header, CRLF line ends). */
  public static Geography load() {
    try (InputStream in = Geography.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<County> out = new ArrayList<>();
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
        County c = new County(rec.get(0), rec.get(1), rec.get(2), rec.get(3));
        if (!LEFT_OUT.contains(c.state()) && usable(c.name())) {
          out.add(c);
        }
      }
      return new Geography(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean usable(String name) {
    return name.endsWith(" County") || name.endsWith(" Parish") || name.endsWith(" Borough") || name.endsWith(" city");
  }

  public List<County> counties() {
    return counties;
  }

  /**
   * True for the fixed 20% of counties reserved for the test split: those whose mixed FIPS hash falls in
   * bucket 0 of 5. Training documents never name them.
   */
  public static boolean isHeldOut(String fips) {
    return Math.floorMod(Seeds.mix(Long.parseLong(fips) * 0x9E3779B97F4A7C15L + 287), 5) == 0;
  }

  /** The counties a split may name: all but the held-out ones for training, all of them for testing. */
  public List<County> pool(Split split) {
    return split == Split.TRAIN ? counties.stream().filter(c -> !isHeldOut(c.fips())).toList() : counties;
  }

  /** Other counties with the same Census name, in other states. */
  public List<County> namesakes(County c) {
    return byName.getOrDefault(c.name(), List.of()).stream().filter(o -> !o.equals(c)).toList();
  }
}
