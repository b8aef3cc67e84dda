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

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ContactKind parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
