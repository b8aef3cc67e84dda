package org.foiapipeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRecordTest {
  @Test
  void anUndatedDocumentAndContactStillCarryTheDateFieldAsNull() {
    DocumentRecord r =
        new DocumentRecord("a".repeat(64), "x.pdf", 1, "ok", 0, null, List.of(),
            List.of(new DocumentRecord.ContactRecord("agency:ice", "county:31043", null, 1, "inquiry", "s")),
            List.of(), List.of(), null, List.of("x.pdf"), List.of("digital"), null);
    String json = Jsonl.toJson(r);
    assertThat(json).contains("\"date\":null,\"entities\"").contains("\"date\":null,\"page\":1").doesNotContain("\"text\"");
  }
}
