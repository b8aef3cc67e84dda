package org.foiapipeline.corpus;

/** Which part of the corpus to generate; train and test use disjoint seed streams and county pools. */
public enum Split {
  TRAIN,
  TEST,
  ALL;

  /** Salt that keeps the seed streams of the splits apart. */
  long salt() {
    return this == TEST ? 0x7E57_5EED_0000_0002L : 0x7A11_5EED_0000_0001L;
  }
}
