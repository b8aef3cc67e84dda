package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.foiapipeline.export.Jsonl;

/** GET requests to a running {@link WebServer}, as the browser's script makes them. */
final class ApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final WebServer server;

  ApiClient(WebServer server) {
    this.server = server;
  }

  HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The JSON answer, after checking its status and that it is JSON. */
  JsonNode json(String pathAndQuery, int status) throws Exception {
    HttpResponse<byte[]> response = get(pathAndQuery);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(pathAndQuery + " -> " + body).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return Jsonl.MAPPER.readTree(body);
  }
}
