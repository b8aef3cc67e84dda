package org.foiapipeline.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.DuplicateUnits;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.search.ContactCopies;
import org.foiapipeline.search.ContactTable;
import org.foiapipeline.search.JurisdictionRow;

/**
 * {@code GET /api/contacts}: the contact table, one row per jurisdiction, or with {@code detail=true} one row per
 * contact; {@code format=csv} downloads the same rows as a spreadsheet-safe CSV.
 */
final class ContactRoutes {
  /** Most contact rows in one JSON answer. */
  static final int MAX_JSON_ROWS = 5_000;
  /** Most contact rows in one CSV download. */
  static final int MAX_CSV_ROWS = 200_000;

  private static final String BOM = "\uFEFF";
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

  private final IndexReaderPort view;
  private final Params params;
  private final EntityNames names;

  ContactRoutes(IndexReaderPort view, Params params, EntityNames names) {
    this.view = view;
    this.params = params;
    this.names = names;
  }

  void contacts(Context ctx) throws IOException {
    boolean countCopies = Params.flag(ctx, "count_copies");
    boolean detail = Params.flag(ctx, "detail");
    Filters filters = params.filters(ctx);
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException("format must be json or csv, got \"" + Params.cut(format) + "\"");
    }
    if (!detail) {
      List<JurisdictionRow> table = ContactTable.table(view, filters, countCopies, names);
      if (format.equals("json")) {
        Json.send(ctx, rollupBody(table));
      } else {
        csv(ctx, rollupCsv(table));
      }
      return;
    }
    DuplicateUnits units = countCopies ? DuplicateUnits.NONE : view.duplicateUnits();
    List<ContactCopies.Counted> counted = ContactCopies.collapse(view.contacts(filters), units);
    List<ContactRow> rows = counted.stream().map(ContactCopies.Counted::contact).toList();
    if (format.equals("json")) {
      Json.send(ctx, withCopies(detailBody(rows), counted));
    } else {
      csv(ctx, detailCsv(rows));
    }
  }

  /** The other releases recording each shown contact, parallel to {@code contacts}. */
  private static Map<String, Object> withCopies(Map<String, Object> body, List<ContactCopies.Counted> counted) {
    List<List<Map<String, Object>>> copies = new ArrayList<>();
    for (ContactCopies.Counted c : counted.subList(0, Math.min(counted.size(), MAX_JSON_ROWS))) {
      copies.add(c.copies().stream().map(r -> Map.<String, Object>of("id", r.docId(), "path", r.path(), "page", r.page())).toList());
    }
    body.put("copies", copies);
    return body;
  }

  private static Map<String, Object> rollupBody(List<JurisdictionRow> table) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", table.stream().mapToInt(JurisdictionRow::contacts).sum());
    body.put("jurisdictions", table);
    return body;
  }

  private Map<String, Object> detailBody(List<ContactRow> rows) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", rows.size());
    body.put("truncated", rows.size() > MAX_JSON_ROWS);
    List<ContactRow> shown = rows.subList(0, Math.min(rows.size(), MAX_JSON_ROWS));
    body.put("contacts", shown);
    Map<String, String> shownNames = new TreeMap<>();
    shown.forEach(c -> {
      shownNames.put(c.agency(), names.name(c.agency()));
      shownNames.put(c.jurisdiction(), names.name(c.jurisdiction()));
    });
    body.put("names", shownNames);
    return body;
  }

  private String detailCsv(List<ContactRow> rows) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("date", "kind", "agency", "agency_name", "jurisdiction", "jurisdiction_name", "state",
        "document", "path", "page", "snippet"));
    for (ContactRow c : rows.subList(0, Math.min(rows.size(), MAX_CSV_ROWS))) {
      lines.add(List.of(c.date(), c.kind(), c.agency(), names.name(c.agency()), c.jurisdiction(),
          names.name(c.jurisdiction()), c.state(), c.docId(), c.path(), Integer.toString(c.page()), c.snippet()));
    }
    return print(lines);
  }

  private static String rollupCsv(List<JurisdictionRow> rows) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("jurisdiction", "name", "state", "fips", "contacts", "first", "last"));
    for (ContactKind k : ContactKind.values()) {
      header.add(k.label());
    }
    header.add("documents");
    lines.add(header);
    for (JurisdictionRow r : rows) {
      List<String> line = new ArrayList<>(List.of(r.id(), r.name(), r.state(), r.fips(), Integer.toString(r.contacts()), r.first(), r.last()));
      for (ContactKind k : ContactKind.values()) {
        line.add(Integer.toString(r.kinds().getOrDefault(k.label(), 0)));
      }
      line.add(Integer.toString(r.documents()));
      lines.add(line);
    }
    return print(lines);
  }

  private static String print(List<List<String>> lines) throws IOException {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      for (List<String> line : lines) {
        printer.printRecord(line.stream().map(ContactRoutes::inert).toList());
      }
    }
    return out.toString();
  }

  /** A cell a spreadsheet will not run as a formula: document text may start with = + - or @. */
  static String inert(String cell) {
    if (cell == null) {
      return "";
    }
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static void csv(Context ctx, String body) {
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"contacts.csv\"")
        .result(body.getBytes(StandardCharsets.UTF_8));
  }
}
