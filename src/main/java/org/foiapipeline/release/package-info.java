/**
 * Logical documents inside a merged release and printed-email threads: page cues, the splitter, thread
 * grouping. Reads annotated pages only; never touches the index or the files.
 */
package org.foiapipeline.release;
