package org.foiapipeline.contacts;

import java.util.Locale;

/** What kind of interaction a contact records. */
public enum ContactKind {
  INQUIRY,
  APPLICATION,
  AGREEMENT,
  TRAINING,
  MEETING,
  OTHER;

  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }

  public static ContactKind parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
