package org.foiapipeline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The name lists that ship in resources: Census counties (census-national-county.txt, Census 2010 FIPS list,
 * public domain), states and territories (states.csv) and federal agencies (agencies.csv). Immutable; load
 * once with {@link #standard()} and share.
 */
public record ReferenceData(List<CountyRecord> counties, List<StateRecord> states, List<AgencyRecord> agencies) {
  private static final String DIR = "/org/foiapipeline/data/";

  public ReferenceData {
    counties = List.copyOf(counties);
    states = List.copyOf(states);
    agencies = List.copyOf(agencies);
  }

  /** The shipped lists, read once per JVM (they never change at run time). */
  public static ReferenceData standard() {
    return Holder.DATA;
  }

  private static final class Holder {
    static final ReferenceData DATA =
        new ReferenceData(
            read("census-national-county.txt", f -> new CountyRecord(f[0], f[1] + f[2], f[3], f[4])),
            read("states.csv", f -> new StateRecord(f[0], f[1], f[2])),
            read("agencies.csv", f -> new AgencyRecord(f[0], f[1], Arrays.asList(f[2].split("\\|")))));
  }

  private static <T> List<T> read(String resource, Function<String[], T> parse) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(DIR + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<T> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(parse.apply(line.split(",", -1)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
