/**
 * What users ask of the index: searches with filters resolved from names, entity lookups, contact tables.
 * It composes {@link org.foiapipeline.index.IndexView} answers; it never touches Lucene itself.
 */
package org.foiapipeline.search;
