package org.foiapipeline.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICE field offices named in a text ("the Chicago Field Office", "New Orleans, Field Office Director", "ERO
 * Houston") and the states of their areas of responsibility ({@code ice-field-offices.csv}, with its source).
 * A field office is weak evidence: it narrows "Knox County" to the Knox in a state the office covers.
 * Immutable.
 */
final class FieldOffices {
  private final Map<String, List<String>> statesByCity = new HashMap<>();
  private final Pattern mention;

  private FieldOffices(Map<String, List<String>> statesByCity) {
    List<String> names = new ArrayList<>();
    for (String city : statesByCity.keySet()) {
      this.statesByCity.put(key(city), statesByCity.get(city));
      names.add(Pattern.quote(city).replace(" ", "\\E\\s+\\Q").replace(".", "\\E\\.?\\Q"));
    }
    String cities = "(" + String.join("|", names) + ")";
    this.mention =
        Pattern.compile(
            "\\b" + cities + ",?\\s+(?:ERO\\s+)?Field\\s+Office|\\bERO\\s+" + cities + "\\b",
            Pattern.CASE_INSENSITIVE);
  }

  static FieldOffices standard() {
    return Holder.OFFICES;
  }

  private static final class Holder {
    static final FieldOffices OFFICES = load();
  }

  /** The states of every field office the text names, once per naming. */
  List<List<String>> statesNamedIn(String text) {
    List<List<String>> out = new ArrayList<>();
    Matcher m = mention.matcher(text);
    while (m.find()) {
      String city = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+", " ");
      out.add(statesByCity.getOrDefault(key(city), List.of()));
    }
    return out;
  }

  private static String key(String city) {
    return city.toLowerCase(Locale.ROOT).replace(".", "");
  }

  private static FieldOffices load() {
    Map<String, List<String>> map = new HashMap<>();
    try (InputStream in = FieldOffices.class.getResourceAsStream("/org/foiapipeline/data/ice-field-offices.csv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.strip().split(",");
          map.put(f[0], List.of(f[1].split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FieldOffices(map);
  }
}
