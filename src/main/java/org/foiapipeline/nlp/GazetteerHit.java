package org.foiapipeline.nlp;

/**
 * A gazetteer name found in text.
 *
 * @param from index of its first token
 * @param to index after its last token
 * @param start character offset of its first character
 * @param end character offset after its last character
 * @param fuzzy whether one of its words matched only within the allowed edit distance
 */
public record GazetteerHit(int from, int to, int start, int end, GazetteerEntry entry, boolean fuzzy) {}
