package org.foiapipeline.corpus;

/** What a token is evidence of, so that the gold record knows on which page it landed. */
sealed interface Mark {
  /** The token text (or part of it) is {@code variant}, a mention of the entity. */
  record EntityMark(Ent entity, String variant) implements Mark {}

  /** The token text is the snippet of contact number {@code index} of its draft. */
  record ContactMark(int index) implements Mark {}

  /** The token is a redaction box with these exemption codes printed beside it (empty when none is). */
  record RedactionMark(java.util.List<String> codes) implements Mark {
    public RedactionMark {
      codes = java.util.List.copyOf(codes);
    }
  }
}
