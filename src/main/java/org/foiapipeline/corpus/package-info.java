/**
 * Synthetic FOIA releases with ground truth: realistic emails, letters, agreements, tables and minutes on
 * real Census geography, rendered as digital, scanned and mixed PDFs, each with its gold export record.
 * It never reads real releases and never writes anything but the output directory it is given.
 */
package org.foiapipeline.corpus;
