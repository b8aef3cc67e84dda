package org.foiapipeline.extract;

import java.util.Locale;

/** The outcome of one input, as the ledger records it. */
public enum Status {
  OK,
  PARTIAL,
  FAILED,
  ENCRYPTED,
  EMPTY,
  TOO_LARGE,
  TIMEOUT;

  /** The lowercase name used in the ledger, the export and the CLI. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }

  /** Whether a later run without {@code --retry-failed} leaves this input alone. */
  public boolean isFinalSuccess() {
    return this == OK || this == PARTIAL || this == EMPTY;
  }
}
