/**
 * FOIA structure found in page text: Bates numbers, exemption codes, printed email headers, dates. Works
 * on text only; it never reads files or touches the index.
 */
package org.foiapipeline.foia;
