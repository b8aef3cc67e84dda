package org.foiapipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.search.BatchLookup;
import org.foiapipeline.search.LookupRow;
import org.foiapipeline.search.NameResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code foia lookup --batch names.csv}: checks a list of agencies and jurisdictions, written as a reporter
 * writes them, against the index: for each, the entity it resolves to (or its candidates, or why none), its
 * documents, pages and contacts.
 */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = {
      "Check a list of names against the index: for each, the entity it resolves to, its documents, pages and",
      "contacts. The CSV has a column 'name' and optionally 'state' (header optional: then name, state)."
    })
final class LookupCommand implements Callable<Integer> {
  static final List<String> HEADER =
      List.of("name", "given_state", "status", "id", "canonical_name", "state", "documents", "pages", "contacts",
          "first_contact", "last_contact", "contact_kinds", "document_ids", "document_paths", "candidates", "reason");

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--batch", paramLabel = "FILE", description = "CSV of names (UTF-8): column name, optional state.")
  Path batch;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "Names to look up besides (or instead of) the file.")
  List<String> names = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal (CSV gets a byte-order mark for spreadsheets).")
  Path out;

  @Option(names = "--max-docs", defaultValue = "20", paramLabel = "N", description = "Documents listed per name (default ${DEFAULT-VALUE}).")
  int maxDocs;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "table", "csv", "jsonl");
    List<BatchLookup.Query> queries = new ArrayList<>();
    if (batch != null) {
      queries.addAll(NameList.read(batch));
    }
    names.forEach(n -> queries.add(new BatchLookup.Query(n, "")));
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("give names to look up: --batch names.csv, or names as arguments");
    }
    List<LookupRow> rows;
    try (IndexView view = IndexView.open(index.embedded("lookup"))) {
      rows = new BatchLookup(view, NameResolver.standard(), maxDocs).lookup(queries);
    }
    if (out == null) {
      write(spec.commandLine().getOut(), rows, false);
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        write(w, rows, true);
      }
    }
    return 0;
  }

  private void write(Writer w, List<LookupRow> rows, boolean file) throws IOException {
    switch (format) {
      case "csv" -> ContactsCommand.csv(w, HEADER, rows.stream().map(LookupCommand::cells).toList(), file);
      case "jsonl" -> {
        for (LookupRow r : rows) {
          w.write(Jsonl.toJson(r));
          w.write('\n');
        }
      }
      default -> table(new PrintWriter(w), rows);
    }
    w.flush();
  }

  static List<String> cells(LookupRow r) {
    return List.of(
        r.name(), r.givenState(), r.status(), r.id(), r.canonical(), r.state(), Integer.toString(r.documents()),
        Integer.toString(r.pages()), Integer.toString(r.contacts()), r.firstContact(), r.lastContact(), kinds(r.kinds()),
        r.documentRefs().stream().map(LookupRow.DocumentRef::id).collect(Collectors.joining(" ")),
        r.documentRefs().stream().map(LookupRow.DocumentRef::path).collect(Collectors.joining(" | ")),
        r.candidates().stream().map(c -> c.id() + " " + c.name() + " (" + c.documents() + " docs)").collect(Collectors.joining(" | ")),
        r.reason());
  }

  private static String kinds(Map<String, Integer> kinds) {
    return kinds.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
  }

  private static void table(PrintWriter w, List<LookupRow> rows) {
    int found = 0;
    for (LookupRow r : rows) {
      w.printf("%s%s%n", r.name(), r.givenState().isEmpty() ? "" : " [" + r.givenState() + "]");
      switch (r.status()) {
        case "found" -> {
          found++;
          w.printf("  → %s (%s)%s%n", r.canonical(), r.id(), r.reason().isEmpty() ? "" : "  " + r.reason());
          w.printf("    %d documents, %d pages; %d contacts%s%s%n", r.documents(), r.pages(), r.contacts(),
              r.firstContact().isEmpty() ? "" : " " + r.firstContact() + " to " + r.lastContact(),
              r.kinds().isEmpty() ? "" : " (" + kinds(r.kinds()) + ")");
          r.documentRefs().forEach(d -> w.printf("    %s (%d p.)%n", d.path(), d.pages()));
        }
        case "ambiguous" -> {
          w.printf("  ambiguous: %s%n", r.reason());
          r.candidates().forEach(c -> w.printf("    %-5s %-16s %-32s %d documents, %d contacts%n", c.state(), c.id(),
              c.name(), c.documents(), c.contacts()));
        }
        default -> w.printf("  not found: %s%n", r.reason());
      }
    }
    w.printf("%n%d names: %d found, %d ambiguous, %d not found%n", rows.size(), found,
        rows.stream().filter(r -> r.status().equals("ambiguous")).count(),
        rows.stream().filter(r -> r.status().equals("not found")).count());
  }
}
