/**
 * The Lucene index: its schema, the writer the ingest pipeline uses, and the reader that search, export and
 * the web app use. Nothing outside this package touches Lucene.
 */
package org.foiapipeline.index;
