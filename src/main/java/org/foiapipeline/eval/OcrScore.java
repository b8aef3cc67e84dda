package org.foiapipeline.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Character and word error rates of page text against gold text.
 *
 * @param scored false when there was nothing to compare (see {@code note})
 * @param note why nothing or not everything was scored; empty when all was
 * @param documentsWithoutText matched documents whose output has no page text (exported without
 *     {@code --text}); they are left out
 * @param overall every scored page
 * @param byPageKind per gold page kind ({@code digital}, {@code scanned})
 * @param byDocumentKind per gold document scan kind ({@code digital}, {@code scanned}, {@code mixed})
 */
public record OcrScore(
    boolean scored,
    String note,
    int documentsWithoutText,
    ErrorRate overall,
    Map<String, ErrorRate> byPageKind,
    Map<String, ErrorRate> byDocumentKind) {
  public OcrScore {
    byPageKind = Collections.unmodifiableMap(new LinkedHashMap<>(byPageKind));
    byDocumentKind = Collections.unmodifiableMap(new LinkedHashMap<>(byDocumentKind));
  }
}
