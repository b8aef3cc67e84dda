package org.foiapipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.DuplicateUnits;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.resolve.EntityNames;
import org.foiapipeline.resolve.CatalogNames;
import org.foiapipeline.search.ContactCopies;
import org.foiapipeline.search.ContactTable;
import org.foiapipeline.search.JurisdictionRow;
import org.foiapipeline.search.Jurisdictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code foia contacts}: one row per jurisdiction, or with {@code --detail} one row per contact. */
@Command(name = "contacts", mixinStandardHelpOptions = true, description = "The ICE - jurisdiction contact table.")
final class ContactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin FilterOptions filter;

  @Option(names = "--detail", description = "One row per contact, with its evidence.")
  boolean detail;

  @Option(names = "--count-copies",
      description = "Count a contact once per release it appears in (default: once, however many near-duplicate releases record it).")
  boolean countCopies;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl.")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (CSV gets a byte-order mark so spreadsheets read it as UTF-8).")
  Path out;

  static final List<String> SUMMARY_HEADER =
      List.of("jurisdiction", "name", "state", "fips", "first_date", "last_date", "contacts", "inquiry", "application",
          "agreement", "training", "meeting", "other", "documents");
  static final List<String> DETAIL_HEADER =
      List.of("agency", "jurisdiction", "name", "state", "kind", "date", "path", "page", "document", "snippet", "copies");

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "table", "csv", "jsonl");
    EntityCatalog catalog = EntityCatalog.standard();
    EntityNames names = new CatalogNames(catalog);
    try (IndexReaderPort view = index.openReader()) {
      Filters filters = filter.filters(new Jurisdictions(catalog));
      List<List<String>> rows;
      if (detail) {
        List<ContactRow> all = view.contacts(filters);
        List<ContactCopies.Counted> counted =
            ContactCopies.collapse(all, countCopies ? DuplicateUnits.NONE : view.duplicateUnits());
        List<ContactRow> contacts = counted.stream().map(ContactCopies.Counted::contact).toList();
        rows = withCopies(detailRows(contacts, names), counted);
      } else {
        rows = summaryRows(ContactTable.table(view, filters, countCopies, names));
      }
      List<String> header = detail ? DETAIL_HEADER : SUMMARY_HEADER;
      if (out == null) {
        write(spec.commandLine().getOut(), header, rows, false);
      } else {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          write(w, header, rows, true);
        }
      }
    }
    return 0;
  }

  private void write(Writer w, List<String> header, List<List<String>> rows, boolean file) throws IOException {
    switch (format) {
      case "csv" -> csv(w, header, rows, file);
      case "jsonl" -> jsonl(w, header, rows);
      default -> table(new PrintWriter(w), header, rows);
    }
    w.flush();
  }

  static void csv(Writer w, List<String> header, List<List<String>> rows, boolean bom) throws IOException {
    if (bom) {
      w.write('\uFEFF');
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();
    CSVPrinter csv = new CSVPrinter(w, format);
    csv.printRecord(header);
    for (List<String> row : rows) {
      csv.printRecord(row);
    }
    csv.flush();
  }

  private static void jsonl(Writer w, List<String> header, List<List<String>> rows) throws IOException {
    for (List<String> row : rows) {
      Map<String, String> obj = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        obj.put(header.get(i), row.get(i));
      }
      w.write(Jsonl.toJson(obj));
      w.write('\n');
    }
  }

  private void table(PrintWriter w, List<String> header, List<List<String>> rows) {
    if (rows.isEmpty()) {
      w.println("No contacts match.");
      return;
    }
    if (detail) {
      for (List<String> r : rows) {
        w.printf("%s  %-10s %-12s %s (%s)  %s p.%s%n    %s%n", r.get(5).isEmpty() ? "(undated) " : r.get(5), r.get(4),
            r.get(0), r.get(2), r.get(1), r.get(6), r.get(7), Output.cut(r.get(9), 160));
        if (r.size() > 10 && !r.get(10).isEmpty()) {
          w.printf("    also released as: %s%n", r.get(10));
        }
      }
      return;
    }
    w.printf("%-34s %-5s %-6s %-10s %-10s %5s %4s %4s %4s %4s %4s %4s %5s%n", "jurisdiction", "state", "fips", "first",
        "last", "total", "inq", "app", "agr", "trn", "mtg", "oth", "docs");
    for (List<String> r : rows) {
      w.printf("%-34s %-5s %-6s %-10s %-10s %5s %4s %4s %4s %4s %4s %4s %5s%n", Output.cut(r.get(1), 34), r.get(2),
          r.get(3), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8), r.get(9), r.get(10), r.get(11), r.get(12), r.get(13));
    }
  }

  static List<List<String>> summaryRows(List<JurisdictionRow> table) {
    List<List<String>> rows = new ArrayList<>();
    for (JurisdictionRow j : table) {
      List<String> row = new ArrayList<>(List.of(j.id(), j.name(), j.state(), j.fips(), j.first(), j.last(), Integer.toString(j.contacts())));
      for (ContactKind k : ContactKind.values()) {
        row.add(Integer.toString(j.kinds().getOrDefault(k.label(), 0)));
      }
      row.add(Integer.toString(j.documents()));
      rows.add(row);
    }
    return rows;
  }

  /** Adds the copies column: the other releases recording the contact, as {@code path p.N}, separated by "; ". */
  static List<List<String>> withCopies(List<List<String>> rows, List<ContactCopies.Counted> counted) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = new ArrayList<>(rows.get(i));
      row.add(String.join("; ", counted.get(i).copies().stream().map(c -> c.path() + " p." + c.page()).toList()));
      out.add(row);
    }
    return out;
  }

  static List<List<String>> detailRows(List<ContactRow> contacts, EntityNames names) {
    return contacts.stream()
        .map(c -> List.of(c.agency(), c.jurisdiction(), names.name(c.jurisdiction()), c.state(), c.kind(), c.date(), c.path(),
            Integer.toString(c.page()), c.docId(), c.snippet().replaceAll("\\s+", " ").strip()))
        .toList();
  }
}
