/**
 * Mention to canonical entity: {@code county:<FIPS>}, {@code place:<ST>:<name>}, {@code state:<ST>},
 * {@code agency:<id>}, using state context from the whole document. Leaves a mention unresolved, with its
 * candidates, rather than guessing.
 */
package org.foiapipeline.resolve;
