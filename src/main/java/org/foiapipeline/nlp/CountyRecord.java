package org.foiapipeline.nlp;

/**
 * One county or county-equivalent of the Census list.
 *
 * @param state USPS code, e.g. {@code NE}
 * @param fips five-digit FIPS, e.g. {@code 31043}
 * @param name the Census name, e.g. "Dakota County", "Orleans Parish", "Richmond city", "Carson City"
 * @param classCode the Census class: H1/H4/H5/H6 counties and equivalents, C7 independent cities
 */
public record CountyRecord(String state, String fips, String name, String classCode) {
  private static final String[] SUFFIXES = {
    " City and Borough", " Census Area", " Municipality", " County", " Parish", " Borough", " city"
  };

  /** Whether this is an independent city (Census class C7), such as Richmond city, VA. */
  public boolean independentCity() {
    return "C7".equals(classCode);
  }

  /** The name without its kind, e.g. "Dakota" for "Dakota County", "Richmond" for "Richmond city". */
  public String baseName() {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** The kind word(s) after the base name ("County", "Parish", "city"), empty when none. */
  public String kind() {
    return name.substring(baseName().length()).trim();
  }

  public String id() {
    return "county:" + fips;
  }

  public String displayName() {
    return name + ", " + state;
  }
}
