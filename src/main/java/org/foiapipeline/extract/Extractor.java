package org.foiapipeline.extract;

import java.nio.file.Path;

/** Extracts the text of one file. Implementations never throw for bad input: they return an outcome. */
public interface Extractor {
  /**
   * @param file a regular file on disk (zip members are written to a temporary file first)
   * @param name the name the user knows it by, used only to guess the type from its extension
   */
  ExtractedDocument extract(Path file, String name);
}
