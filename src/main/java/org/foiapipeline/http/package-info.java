/**
 * The read-only JSON API and the web UI of {@code foia serve}. It answers from an
 * {@link org.foiapipeline.index.IndexView}; it never writes to the index, and no path from a request ever reaches the
 * file system (page images are found through the index record's own path).
 */
package org.foiapipeline.http;
