package org.foiapipeline.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The state of a ZIP code from its first three digits, per the USPS prefix table in resources
 * ({@code zip3-states.csv}, with its source). Immutable.
 */
public final class ZipPrefixes {
  private final String[] stateByPrefix = new String[1000];

  private ZipPrefixes() {}

  public static ZipPrefixes standard() {
    return Holder.ZIPS;
  }

  private static final class Holder {
    static final ZipPrefixes ZIPS = load();
  }

  /** The state of a five-digit ZIP code (or ZIP+4), empty for unassigned or military prefixes. */
  public Optional<String> state(String zip) {
    if (zip == null || zip.length() < 5 || !zip.substring(0, 5).chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.ofNullable(stateByPrefix[Integer.parseInt(zip.substring(0, 3))]);
  }

  private static ZipPrefixes load() {
    ZipPrefixes zips = new ZipPrefixes();
    try (InputStream in = ZipPrefixes.class.getResourceAsStream("/org/foiapipeline/data/zip3-states.csv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.strip().split(",");
          for (int p = Integer.parseInt(f[0]); p <= Integer.parseInt(f[1]); p++) {
            zips.stateByPrefix[p] = f[2];
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zips;
  }
}
