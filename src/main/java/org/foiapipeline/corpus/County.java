package org.foiapipeline.corpus;

import java.util.Locale;
import org.foiapipeline.resolve.EntityCatalog;

/**
 * A county or county equivalent from the Census list.
 *
 * @param name the Census name, e.g. {@code Dakota County}, {@code Orleans Parish}, {@code Richmond city}
 */
public record County(String state, String stateFp, String countyFp, String name) {
  /** The 5-digit FIPS code. */
  public String fips() {
    return stateFp + countyFp;
  }

  /** The canonical entity id, {@code county:<FIPS>}. */
  public String id() {
    return "county:" + fips();
  }

  /** A Virginia-style independent city ({@code Richmond city}). */
  public boolean independentCity() {
    return name.endsWith(" city");
  }

  public boolean borough() {
    return name.endsWith(" Borough");
  }

  /** The name without its suffix: {@code Dakota}, {@code Orleans}, {@code Richmond}. */
  public String shortName() {
    for (String suffix : new String[] {" County", " Parish", " Borough", " city"}) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** How documents write it: {@code Dakota County}, or {@code City of Richmond} for an independent city. */
  public String display() {
    return independentCity() ? "City of " + shortName() : name;
  }

  /**
   * The entity id of the city police department named after it, {@code place:NE:dakota}; a city that is its
   * own county (an independent city such as Suffolk, VA, or Philadelphia, Denver, Honolulu) is the county.
   */
  public String placeId() {
    String slug = shortName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    if (independentCity()) {
      return id();
    }
    return EntityCatalog.standard().countyOfPlace(state, slug).orElse("place:" + state + ":" + slug);
  }
}
