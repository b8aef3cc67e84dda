package org.foiapipeline.eval;

import org.foiapipeline.export.DocumentRecord;

/**
 * A gold document and the output document matched to it; {@code output} is null when none matched, and
 * the document then scores as all missed.
 *
 * @param kind the gold document's scan kind: {@code digital}, {@code scanned}, {@code mixed} or
 *     {@code unknown} (gold has no page kinds)
 */
record DocumentPair(DocumentRecord gold, DocumentRecord output, String kind) {

  boolean matched() {
    return output != null;
  }

  String label() {
    if (gold.path() != null && !gold.path().isBlank()) {
      return gold.path();
    }
    return gold.id() != null ? gold.id() : "(gold document without path or id)";
  }

  static String kindOf(DocumentRecord gold) {
    if (gold.pageKinds() == null || gold.pageKinds().isEmpty()) {
      return "unknown";
    }
    if (gold.pageKinds().stream().allMatch("digital"::equals)) {
      return "digital";
    }
    return gold.pageKinds().stream().allMatch("scanned"::equals) ? "scanned" : "mixed";
  }
}
