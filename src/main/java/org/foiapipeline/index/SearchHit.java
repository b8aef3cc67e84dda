package org.foiapipeline.index;

/**
 * One page that matched a search.
 *
 * @param snippet the best passages with the matches in {@code <b>...</b>}; the text is HTML-escaped
 */
public record SearchHit(String id, String path, int page, float score, String snippet) {}
