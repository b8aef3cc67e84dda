package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.ContactRow;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.Entity;
import org.foiapipeline.resolve.EntityCatalog;
import org.foiapipeline.resolve.CatalogNames;
import org.foiapipeline.search.EntityLookup;
import org.foiapipeline.search.EntityReport;
import org.foiapipeline.search.Jurisdictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code foia entity NAME|ID}: an entity's variants, pages, related entities and contact timeline. */
@Command(name = "entity", mixinStandardHelpOptions = true, description = "Look an agency, county, place or state up.")
final class EntityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(index = "0", paramLabel = "NAME|ID", description = "\"Dakota County, NE\", \"Dakota Co\", county:31043, ICE ...")
  String name;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  String format;

  @Option(names = "--pages", defaultValue = "20", description = "Pages to list in the table (default ${DEFAULT-VALUE}).")
  int maxPages;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "table", "json");
    EntityCatalog catalog = EntityCatalog.standard();
    PrintWriter out = spec.commandLine().getOut();
    List<Entity> candidates = new Jurisdictions(catalog).candidates(name);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no county, place, state or agency is called \"" + name + "\"");
    }
    if (candidates.size() > 1) {
      if (format.equals("json")) {
        out.println(Jsonl.toJson(java.util.Map.of("ambiguous", name, "candidates", candidates)));
      } else {
        out.printf("\"%s\" could be any of %d entities; name one (e.g. \"%s\"):%n", name, candidates.size(), candidates.get(0).name());
        candidates.forEach(c -> out.printf("  %-5s %-16s %s%n", c.state(), c.id(), c.name()));
      }
      out.flush();
      return 0;
    }
    Entity entity = candidates.get(0);
    try (IndexReaderPort view = index.openReader()) {
      EntityReport report = new EntityLookup(view, new CatalogNames(catalog)).report(entity.id(), entity.type().label());
      if (format.equals("json")) {
        out.println(Jsonl.toJson(report));
      } else {
        table(out, report);
      }
    }
    out.flush();
    return 0;
  }

  private void table(PrintWriter out, EntityReport r) {
    out.printf("%s  (%s, %s%s)%n", r.name(), r.id(), r.type(), r.state().isEmpty() ? "" : ", " + r.state());
    out.printf("Mentioned on %d pages in %d documents.%n", r.pages().size(), r.documents());
    if (!r.variants().isEmpty()) {
      out.println("Written as: " + String.join("; ", r.variants().stream().limit(12).map(v -> v.value() + " (" + v.count() + ")").toList()));
    }
    if (!r.related().isEmpty()) {
      out.println("Mentioned with: " + String.join("; ", r.related().stream().map(v -> v.name() + " (" + v.count() + ")").toList()));
    }
    out.printf("%nContacts (%d):%n", r.contacts().size());
    for (ContactRow c : r.contacts()) {
      String other = r.id().startsWith("agency:") ? c.jurisdiction() : c.agency();
      out.printf("  %-10s %-11s %-16s %s p.%d%n", c.date().isEmpty() ? "(undated)" : c.date(), c.kind(), other, c.path(), c.page());
    }
    out.printf("%nPages:%n");
    r.pages().stream().limit(maxPages).forEach(p -> out.printf("  %s p.%d%n", p.path(), p.page()));
    if (r.pages().size() > maxPages) {
      out.printf("  … %d more (--pages N)%n", r.pages().size() - maxPages);
    }
  }
}
