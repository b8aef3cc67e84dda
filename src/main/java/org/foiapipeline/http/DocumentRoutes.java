package org.foiapipeline.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.PageView;
import org.foiapipeline.resolve.EntityNames;

/** {@code GET /api/documents/{id}}, {@code .../pages/{n}} and {@code .../pages/{n}.png}. */
final class DocumentRoutes {
  private final IndexReaderPort view;
  private final EntityNames names;
  private final PageImages images;

  DocumentRoutes(IndexReaderPort view, EntityNames names, PageImages images) {
    this.view = view;
    this.names = names;
    this.images = images;
  }

  void document(Context ctx) throws IOException {
    DocumentRecord record = record(Params.documentId(ctx));
    List<Map<String, Object>> pages = new ArrayList<>();
    for (PageView p : view.pages(record.id())) {
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("number", p.page());
      page.put("source", p.source());
      page.put("ocr_confidence", p.ocrConfidence());
      pages.add(page);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", record.id());
    body.put("status", record.status());
    body.put("has_image", PageImages.renderable(record));
    body.put("record", record);
    body.put("pages", pages);
    body.put("logical_documents", LogicalDocs.all(record));
    Json.send(ctx, body);
  }

  /** The page JSON, or with a {@code .png} suffix on the number the rendered page. */
  void page(Context ctx) throws IOException, InterruptedException {
    DocumentRecord record = record(Params.documentId(ctx));
    String n = ctx.pathParam("n");
    boolean png = n.endsWith(".png");
    int number = Params.pageNumber(png ? n.substring(0, n.length() - 4) : n, record.pages());
    if (png) {
      ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600").result(images.png(record, number));
      return;
    }
    PageView page = view.page(record.id(), number).orElseThrow(() -> new NotFound("page " + number + " has no text in the index"));
    Json.send(ctx, pageBody(record, page, Params.query(ctx)));
  }

  private Map<String, Object> pageBody(DocumentRecord record, PageView page, String query) throws IOException {
    String text = page.text() == null ? "" : page.text();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", record.id());
    body.put("path", record.path());
    body.put("page", page.page());
    body.put("pages", record.pages());
    body.put("source", page.source());
    body.put("ocr_confidence", page.ocrConfidence());
    body.put("has_image", PageImages.renderable(record));
    body.put("text", text);
    body.put("hits", TextMarks.hits(text, query));
    body.put("exemptions", page.exemptions());
    body.put("exemption_marks", TextMarks.exemptions(text, page.exemptions()));
    body.put("bates", page.bates());
    body.put("bates_marks", TextMarks.bates(text, page.bates()));
    body.put("redactions", Json.tree(page.redactionsJson()));
    body.put("mentions", Json.tree(page.mentionsJson()));
    body.put("emails", Json.tree(page.emailsJson()));
    body.put("entities", page.entities());
    Map<String, String> entityNames = new TreeMap<>();
    page.entities().forEach(e -> entityNames.put(e, names.name(e)));
    body.put("names", entityNames);
    body.put("logical", LogicalDocs.at(record, page.page()));
    return body;
  }

  private DocumentRecord record(String id) throws IOException {
    return view.record(id).orElseThrow(() -> new NotFound("no document " + id + " in the index"));
  }
}
