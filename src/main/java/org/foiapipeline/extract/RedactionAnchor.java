package org.foiapipeline.extract;

/**
 * Where a redaction box falls in its page's text.
 *
 * @param box the box, in page fractions (top-left origin)
 * @param offset the character offset in the page text at which the box stands in reading order: after the
 *     word left of it on its line, before the word right of it, or after the last line above it
 */
public record RedactionAnchor(Box box, int offset) {}
