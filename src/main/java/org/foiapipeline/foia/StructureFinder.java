package org.foiapipeline.foia;

/** Finds the FOIA structure in one page's text. */
public interface StructureFinder {
  PageStructure find(String pageText);
}
