package org.foiapipeline.nlp;

/**
 * A span of page text that names something.
 *
 * @param text the text as it stands on the page
 * @param type what kind of name it is
 * @param start offset of the first character in the page text
 * @param end offset after the last character
 * @param source which recogniser found it: {@code gazetteer}, {@code pattern} or {@code model}
 */
public record Mention(String text, EntityType type, int start, int end, String source) {}
