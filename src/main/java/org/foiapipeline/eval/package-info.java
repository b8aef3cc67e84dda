/**
 * Scoring pipeline output against ground truth: both sides are export records ({@code gold.jsonl} and
 * {@code foia export}). It only reads records and computes numbers; it never runs the pipeline itself.
 */
package org.foiapipeline.eval;
