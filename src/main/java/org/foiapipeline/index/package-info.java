/**
 * The index: its schema, the writer the ingest pipeline uses, and the reader that search, export and the web app
 * use, behind {@link org.foiapipeline.index.IndexWriterPort} and {@link org.foiapipeline.index.IndexReaderPort}, in
 * an embedded Lucene folder or a SolrCloud collection. Nothing outside this package touches Lucene or Solr.
 */
package org.foiapipeline.index;
