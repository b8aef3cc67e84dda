package org.foiapipeline.corpus;

import java.util.List;

/**
 * A FOIA exemption as printed beside a redaction box ({@code printed}, e.g. {@code b6} or
 * {@code (b)(6), (b)(7)(C)}) and the normalised codes it stands for ({@code (b)(6)}, {@code (b)(7)(C)}).
 */
record Exemption(String printed, List<String> codes) {
  Exemption {
    codes = List.copyOf(codes);
  }
}
