package org.foiapipeline.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.search.EntityLookup;
import org.foiapipeline.search.EntityReport;

/** {@code GET /api/entities/{id}} (the entity's report) and {@code GET /api/entities?name=} (candidates). */
final class EntityRoutes {
  /** Most candidates returned for a name. */
  static final int MAX_CANDIDATES = 50;
  /** Most contacts listed in one entity's timeline. */
  static final int MAX_CONTACTS = 5_000;

  private final IndexReaderPort view;
  private final EntityDirectory directory;
  private final EntityNames names;

  EntityRoutes(IndexReaderPort view, EntityDirectory directory, EntityNames names) {
    this.view = view;
    this.directory = directory;
    this.names = names;
  }

  void entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!Directories.ENTITY_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("entity id must look like county:31043, place:TX:dallas, state:TX or agency:ice");
    }
    Optional<Entity> known = directory.byId(id);
    String type = known.map(e -> e.type().label()).orElse(Directories.typeOf(id).label());
    EntityReport report = new EntityLookup(view, names).report(id, type);
    if (known.isEmpty() && report.pages().isEmpty() && report.contacts().isEmpty()) {
      throw new NotFound("no entity " + id + " in the catalog or the index");
    }
    List<ContactRow> contacts = report.contacts();
    ObjectNode body = Jsonl.MAPPER.valueToTree(report);
    body.put("contacts_total", contacts.size());
    body.set("contacts", Jsonl.MAPPER.valueToTree(contacts.subList(0, Math.min(contacts.size(), MAX_CONTACTS))));
    Map<String, String> related = new TreeMap<>();
    contacts.forEach(c -> {
      related.put(c.agency(), names.name(c.agency()));
      related.put(c.jurisdiction(), names.name(c.jurisdiction()));
    });
    body.set("names", Jsonl.MAPPER.valueToTree(related));
    Json.send(ctx, body);
  }

  void candidates(Context ctx) throws IOException {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("give a name to look up: /api/entities?name=Dakota%20County");
    }
    if (name.length() > Params.MAX_VALUE_CHARS) {
      throw new IllegalArgumentException("name is longer than " + Params.MAX_VALUE_CHARS + " characters");
    }
    List<Map<String, Object>> out =
        directory.lookup(name.strip()).stream().limit(MAX_CANDIDATES).map(EntityRoutes::candidate).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name.strip());
    body.put("candidates", out);
    Json.send(ctx, body);
  }

  private static Map<String, Object> candidate(Entity e) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", e.id());
    c.put("type", e.type().label());
    c.put("name", e.name());
    c.put("state", e.state());
    return c;
  }
}
