/**
 * Mention finding: gazetteers (Census counties, states, federal agencies), patterns for local agencies,
 * and the trained OpenNLP name finder. It finds spans of text; it does not decide which entity they are.
 */
package org.foiapipeline.nlp;
