package org.foiapipeline.http;

/** Something a request names does not exist; the server answers 404 with this message. */
final class NotFound extends RuntimeException {
  NotFound(String message) {
    super(message, null, false, false);
  }
}
