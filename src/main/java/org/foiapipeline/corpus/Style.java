package org.foiapipeline.corpus;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** A Standard 14 font face at a size, in points. */
record Style(Face face, float size) {
  /** The faces a synthetic document may use; all are Standard 14 fonts, so nothing is embedded. */
  enum Face {
    SERIF(FontName.TIMES_ROMAN),
    SERIF_BOLD(FontName.TIMES_BOLD),
    SANS(FontName.HELVETICA),
    SANS_BOLD(FontName.HELVETICA_BOLD),
    MONO(FontName.COURIER),
    MONO_BOLD(FontName.COURIER_BOLD);

    final FontName font;

    Face(FontName font) {
      this.font = font;
    }

    Face bold() {
      return switch (this) {
        case SERIF, SERIF_BOLD -> SERIF_BOLD;
        case SANS, SANS_BOLD -> SANS_BOLD;
        case MONO, MONO_BOLD -> MONO_BOLD;
      };
    }
  }

  Style bold() {
    return new Style(face.bold(), size);
  }

  Style sized(float newSize) {
    return new Style(face, newSize);
  }
}
