/**
 * Near-duplicate releases: page signatures (MinHash over word shingles of normalised text, plus the document's
 * distinctive words), grouping of near-duplicate documents, and word-level diffs of two releases. Pure
 * computation on text and signatures: it never touches Lucene or files.
 */
package org.foiapipeline.dedup;
