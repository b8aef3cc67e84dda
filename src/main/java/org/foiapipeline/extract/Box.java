package org.foiapipeline.extract;

/**
 * A rectangle on a page in fractions of the page size, origin top-left: {@code x, y, width, height} in
 * [0, 1]. Used for redaction boxes.
 */
public record Box(double x, double y, double width, double height) {}
