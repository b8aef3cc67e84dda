package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;

/**
 * The web app served over an index on a free port, and GET requests to it as the browser's script makes
 * them. Closing stops the server and closes the index.
 */
final class ApiClient implements AutoCloseable {
  private final HttpClient http = HttpClient.newHttpClient();
  private final IndexView view;
  private final WebServer server;

  private ApiClient(IndexView view, WebServer server) {
    this.view = view;
    this.server = server;
  }

  /** Serves the index in {@code index} with the test corpus's names; {@code tmp} holds the server's files. */
  static ApiClient serve(Path index, Path tmp) throws IOException {
    IndexView view = IndexView.open(index);
    return new ApiClient(view, WebServer.start(view, TestCorpus.DIRECTORY, TestCorpus.NAMES, tmp, "127.0.0.1", 0));
  }

  IndexView view() {
    return view;
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

  @Override
  public void close() throws IOException {
    server.close();
    view.close();
  }
}
