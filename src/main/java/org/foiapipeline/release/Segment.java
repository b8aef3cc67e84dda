package org.foiapipeline.release;

/**
 * A run of pages that reads as one logical document.
 *
 * @param start first page, 1-based
 * @param end last page, inclusive
 * @param kind {@code email}, {@code letter}, {@code memo}, {@code moa}, {@code minutes}, {@code table} or
 *     {@code document} when no cue names it
 * @param title the first page's subject line or heading
 */
public record Segment(int start, int end, String kind, String title) {
  public boolean contains(int page) {
    return page >= start && page <= end;
  }
}
