package org.foiapipeline.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error page for requests rejected before they reach a route (malformed or ambiguous URIs), written as
 * the same JSON the API uses, without stack traces or echoes of the request.
 */
final class JsonErrors extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    String body = "{\"error\":\"" + (status < 500 ? "bad request" : "server error") + "\",\"status\":" + status + "}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.TYPE);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
