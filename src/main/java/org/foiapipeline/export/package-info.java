/**
 * The export format of DESIGN.md: one JSON object per document, read by other programs and by the scorer
 * ({@code gold.jsonl} uses it too). Fields are only ever added, never renamed or removed.
 */
package org.foiapipeline.export;
