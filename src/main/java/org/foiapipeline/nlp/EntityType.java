package org.foiapipeline.nlp;

import java.util.Locale;

/** The kinds of names the pipeline recognises. */
public enum EntityType {
  AGENCY,
  COUNTY,
  PLACE,
  STATE,
  PERSON;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
