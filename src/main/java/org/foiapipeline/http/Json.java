package org.foiapipeline.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.foiapipeline.export.Jsonl;

/** Writes JSON answers and errors with the project's one mapper. */
final class Json {
  static final String TYPE = "application/json; charset=utf-8";

  private Json() {}

  static void send(Context ctx, Object body) throws JsonProcessingException {
    ctx.contentType(TYPE).result(Jsonl.MAPPER.writeValueAsString(body));
  }

  static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    ctx.status(status).contentType(TYPE).result(Jsonl.toJson(body));
  }

  /** A stored JSON column as a tree, so it is sent as JSON rather than as a string; empty array when absent. */
  static JsonNode tree(String json) throws JsonProcessingException {
    return json == null || json.isBlank() ? JsonNodeFactory.instance.arrayNode() : Jsonl.MAPPER.readTree(json);
  }
}
