package org.foiapipeline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.foiapipeline.dedup.ReleaseDiff;
import org.foiapipeline.dedup.ReleaseDiff.Change;
import org.foiapipeline.dedup.ReleaseDiff.Kind;
import org.foiapipeline.dedup.ReleaseDiff.Piece;
import org.foiapipeline.dedup.ReleaseDiff.Token;
import org.foiapipeline.export.Jsonl;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.search.UnitReleases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code foia diff ID1 ID2}: a word-level diff of two releases of one document, marking what one release
 * redacted and the other did not.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two releases of a document word by word: [-only in the first-] {+only in the second+};",
      "a redaction box shows as \u2588 with its exemption code. IDs are document ids, 6+ character id prefixes or paths,",
      "optionally with a page range (ID:14-16, a logical document of a merged release). Pages are aligned first:",
      "each page is compared with its copy in the other release. With --page N and one ID: the copies of that page."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(index = "0", paramLabel = "ID1", description = "The first release.")
  String first;

  @Parameters(index = "1", paramLabel = "ID2", arity = "0..1", description = "The second release.")
  String second;

  @Option(names = "--page", paramLabel = "N", description = "List the copies of page N of ID1 in other releases.")
  Integer page;

  @Option(names = "--context", defaultValue = "6", description = "Unchanged words shown around each change (default ${DEFAULT-VALUE}).")
  int context;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() throws Exception {
    Output.checkFormat(format, "text", "json");
    if (context < 0) {
      throw new IllegalArgumentException("--context must be 0 or more, got " + context);
    }
    if ((second == null) == (page == null)) {
      throw new IllegalArgumentException("give two releases to compare (ID1 ID2), or one and --page N for its copies");
    }
    try (IndexReaderPort view = index.openReader()) {
      PrintWriter out = spec.commandLine().getOut();
      if (page != null) {
        DiffPages.copies(out, new UnitReleases(view), first, page, format);
      } else {
        UnitReleases.Comparison c = new UnitReleases(view).compare(first, second);
        out.print(format.equals("json") ? Jsonl.toJson(json(c)) + System.lineSeparator() : text(c, context));
      }
      out.flush();
    }
    return 0;
  }

  static String text(UnitReleases.Comparison c, int context) {
    StringBuilder out = new StringBuilder();
    ReleaseDiff.Result d = c.diff();
    out.append("first:  ").append(DiffPages.label(c.first())).append('\n');
    out.append("second: ").append(DiffPages.label(c.second())).append('\n');
    out.append(DiffPages.alignment(c));
    out.append(String.format(java.util.Locale.ROOT, "%s; %d of %d / %d words the same%n",
        c.sameGroup() ? "near-duplicates (one group)" : "not grouped as near-duplicates", d.sameWords(), d.firstWords(),
        d.secondWords()));
    out.append(String.format(java.util.Locale.ROOT,
        "redacted only in the second: %d, only in the first: %d, other exemption codes: %d, other text: %d%n",
        d.count(Kind.REDACTED_IN_SECOND), d.count(Kind.REDACTED_IN_FIRST), d.count(Kind.RECODED), d.count(Kind.TEXT)));
    List<Piece> pieces = d.pieces();
    int firstPage = c.first().start();
    for (int i = 0; i < pieces.size(); i++) {
      Change ch = pieces.get(i).change();
      if (ch == null) {
        List<Token> same = pieces.get(i).same();
        firstPage = same.isEmpty() ? firstPage : same.get(same.size() - 1).page();
        continue;
      }
      firstPage = ch.first().isEmpty() ? firstPage : ch.first().get(0).page();
      String before = i > 0 ? tail(pieces.get(i - 1).same(), context) : "";
      String after = i + 1 < pieces.size() ? head(pieces.get(i + 1).same(), context) : "";
      out.append(String.format(java.util.Locale.ROOT, "%n%s  %s%n    %s%s%s%n", pages(ch, firstPage), tag(ch.kind()),
          before.isEmpty() ? "" : "\u2026" + before + " ", marked(ch), after.isEmpty() ? "" : " " + after + "\u2026"));
    }
    return out.toString();
  }

  /** Where a change is: its page in the first release, and in the second when that is another number. */
  private static String pages(Change ch, int firstPage) {
    int second = ch.second().isEmpty() ? 0 : ch.second().get(0).page();
    return "p." + firstPage + (second == 0 || second == firstPage ? "" : " (second p." + second + ")");
  }

  private static String tag(Kind kind) {
    return switch (kind) {
      case REDACTED_IN_SECOND -> "REDACTED IN SECOND";
      case REDACTED_IN_FIRST -> "REDACTED IN FIRST";
      case RECODED -> "OTHER EXEMPTION CODE";
      case TEXT -> "TEXT";
    };
  }

  static String marked(Change ch) {
    String removed = words(ch.first());
    String added = words(ch.second());
    return (removed.isEmpty() ? "" : "[-" + removed + "-]") + (added.isEmpty() ? "" : "{+" + added + "+}");
  }

  static String words(List<Token> tokens) {
    return tokens.stream().map(Token::shown).collect(Collectors.joining(" "));
  }

  private static String tail(List<Token> same, int n) {
    return words(same.subList(Math.max(0, same.size() - n), same.size()));
  }

  private static String head(List<Token> same, int n) {
    return words(same.subList(0, Math.min(n, same.size())));
  }

  static Map<String, Object> json(UnitReleases.Comparison c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("first", DiffPages.json(c.first()));
    out.put("second", DiffPages.json(c.second()));
    out.put("same_group", c.sameGroup());
    out.put("pages", c.pages().stream().map(p -> Map.of("first", p.first(), "second", p.second(),
        "similarity", Math.round(p.similarity() * 1000) / 1000.0)).toList());
    out.put("same_words", c.diff().sameWords());
    List<Map<String, Object>> changes = new ArrayList<>();
    for (Change ch : c.diff().changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", ch.kind().name().toLowerCase(java.util.Locale.ROOT));
      m.put("page", ch.page());
      if (!ch.second().isEmpty()) {
        m.put("second_page", ch.second().get(0).page());
      }
      m.put("first", words(ch.first()));
      m.put("second", words(ch.second()));
      changes.add(m);
    }
    out.put("changes", changes);
    return out;
  }
}
