package org.foiapipeline.eval;

import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.ContactRecord;
import org.foiapipeline.export.DocumentRecord.EntityRecord;

/** Hand-made export records for scoring tests. */
final class Records {
  private Records() {}

  static EntityRecord entity(String id, String name) {
    return new EntityRecord(id, id.substring(0, id.indexOf(':')), name, 1, List.of(1), null);
  }

  static ContactRecord contact(String jurisdiction, String date, String kind) {
    return new ContactRecord("agency:ice", jurisdiction, date, 1, kind, "snippet");
  }

  /** A builder so each test states only the fields it is about. */
  static Doc doc(String id, String path) {
    return new Doc(id, path);
  }

  static final class Doc {
    private String id;
    private String path;
    private String date;
    private final List<EntityRecord> entities = new ArrayList<>();
    private final List<ContactRecord> contacts = new ArrayList<>();
    private final List<String> exemptions = new ArrayList<>();
    private final List<String> bates = new ArrayList<>();
    private List<String> text;
    private List<String> pageKinds = List.of("digital");

    Doc(String id, String path) {
      this.id = id;
      this.path = path;
    }

    Doc date(String value) {
      date = value;
      return this;
    }

    Doc entities(EntityRecord... values) {
      entities.addAll(List.of(values));
      return this;
    }

    Doc contacts(ContactRecord... values) {
      contacts.addAll(List.of(values));
      return this;
    }

    Doc exemptions(String... values) {
      exemptions.addAll(List.of(values));
      return this;
    }

    Doc bates(String... values) {
      bates.addAll(List.of(values));
      return this;
    }

    Doc text(String... pages) {
      text = List.of(pages);
      return this;
    }

    Doc pageKinds(String... kinds) {
      pageKinds = List.of(kinds);
      return this;
    }

    DocumentRecord build() {
      int pages = text == null ? pageKinds.size() : text.size();
      return new DocumentRecord(
          id, path, pages, "ok", 0, date, entities, contacts, exemptions, bates, text, null, pageKinds, null);
    }
  }
}
