package org.foiapipeline.index;

import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;

/** Puts each logical document's near-duplicate group into an export record (added field, docs/DUPLICATES.md). */
final class UnitRecords {
  private UnitRecords() {}

  /**
   * The record with {@code duplicate_group} on each {@code logical_documents} entry whose unit has
   * near-duplicates: its own unit's group in a file of several, the file's group in a file of one.
   */
  static DocumentRecord withUnitGroups(DocumentRecord r, DuplicateUnits units) {
    List<LogicalRecord> logical = r.logicalDocuments();
    if (logical == null || logical.isEmpty()) {
      return r;
    }
    boolean split = logical.size() > 1;
    List<LogicalRecord> out = logical.stream()
        .map(l -> l.withDuplicateGroup(units.group(split ? DuplicateUnits.unitId(r.id(), l.start(), l.end()) : r.id())))
        .toList();
    return r.withLogicalDocuments(out);
  }
}
