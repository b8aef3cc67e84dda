package org.foiapipeline.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.release.EmailThread;
import org.foiapipeline.release.ThreadIndex;

/**
 * {@code GET /api/thread/{id}}: a printed-email thread as a reader follows it (docs/RELEASES.md): its messages
 * once each, oldest first, each with the file pages it is printed on, and the chains (logical documents) that
 * print it. 400 for an id that is not {@code thread:} and 12 hex digits, 404 for one no file prints.
 */
final class ThreadRoutes {
  private static final Pattern ID = Pattern.compile("(thread:)?[0-9a-f]{12}");

  private final IndexReaderPort view;

  ThreadRoutes(IndexReaderPort view) {
    this.view = view;
  }

  void thread(Context ctx) throws IOException {
    String id = threadId(ctx.pathParam("id"));
    List<DocumentRecord> records = view.recordsInThread(id);
    List<EmailThread> found = new ThreadIndex(records).find(id);
    if (found.isEmpty()) {
      throw new NotFound("no thread " + id + " in the index; thread ids are listed in a document's logical documents");
    }
    EmailThread thread = found.get(0);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", thread.id());
    body.put("subject", thread.subject());
    body.put("messages", thread.messages().stream().map(m -> message(m, records)).toList());
    body.put("copies", thread.copies().stream().map(c -> copy(c, records)).toList());
    Json.send(ctx, body);
  }

  /** {@code thread:} and 12 lowercase hex digits; the bare digits are accepted too. */
  static String threadId(String raw) {
    String id = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("thread id must be thread: and 12 hex digits, e.g. thread:87cd7e681bf9");
    }
    return id.startsWith("thread:") ? id : "thread:" + id;
  }

  private static Map<String, Object> message(EmailThread.Message m, List<DocumentRecord> records) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", m.date());
    out.put("from", m.from());
    out.put("to", m.to());
    out.put("subject", m.subject());
    List<Map<String, Object>> at = new ArrayList<>();
    for (String place : m.at()) {
      at.add(place(place, records));
    }
    out.put("at", at);
    return out;
  }

  /**
   * A place as {@link ThreadIndex} names it ({@code path p.N}) with the id of the file under that path; the
   * longest path that prefixes it wins, as a path may itself contain " p.".
   */
  static Map<String, Object> place(String place, List<DocumentRecord> records) {
    DocumentRecord best = null;
    for (DocumentRecord r : records) {
      boolean prefixes = place.startsWith(r.path() + " p.");
      if (prefixes && (best == null || r.path().length() > best.path().length())) {
        best = r;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", best == null ? null : best.id());
    out.put("path", best == null ? place : best.path());
    out.put("page", best == null ? null : pageOf(place.substring(best.path().length() + 3)));
    return out;
  }

  private static Integer pageOf(String digits) {
    try {
      return Integer.valueOf(digits.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A chain printing the thread, with its place among its file's logical documents and its own messages. */
  private static Map<String, Object> copy(EmailThread.Copy c, List<DocumentRecord> records) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", c.document());
    out.put("path", c.path());
    DocumentRecord r = records.stream().filter(x -> x.id().equals(c.document())).findFirst().orElse(null);
    Map<String, Object> at = r == null ? null : LogicalDocs.at(r, c.start());
    if (at != null) {
      out.putAll(at);
    }
    out.put("start", c.start());
    out.put("end", c.end());
    out.put("messages", r == null ? 0 : messages(r, c.start()));
    return out;
  }

  private static int messages(DocumentRecord r, int start) {
    return r.logicalDocuments().stream().filter(l -> l.start() == start && l.messages() != null)
        .mapToInt(l -> l.messages().size()).findFirst().orElse(0);
  }
}
