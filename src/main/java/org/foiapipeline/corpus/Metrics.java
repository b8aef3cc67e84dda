package org.foiapipeline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Text widths from the Standard 14 font metrics; one instance per thread (fonts are not shared). */
final class Metrics {
  /** Space between a redaction box and its exemption code, in points. */
  static final float CODE_GAP = 3f;

  private final Map<Style.Face, PDType1Font> fonts = new EnumMap<>(Style.Face.class);

  Metrics() {
    for (Style.Face face : Style.Face.values()) {
      fonts.put(face, new PDType1Font(face.font));
    }
  }

  float width(String text, Style style) {
    try {
      return fonts.get(style.face()).getStringWidth(text) / 1000f * style.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a WinAnsi text: " + text, e);
    }
  }

  float width(Token token) {
    float text = width(token.text(), token.style());
    return token.redaction() ? token.hiddenWidth() + CODE_GAP + text : text;
  }

  float space(Style style) {
    return width(" ", style);
  }
}
