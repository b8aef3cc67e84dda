/**
 * Batch ingestion: walking inputs (folders, zip archives), fingerprints, the ledger, the bounded parallel
 * pipeline and its progress. It never throws an input away: every input ends in the ledger with an outcome.
 */
package org.foiapipeline.ingest;
