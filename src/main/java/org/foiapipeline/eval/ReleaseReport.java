package org.foiapipeline.eval;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link ReleaseScore} as aligned tables; scan kinds with nothing on either side are left out. */
public final class ReleaseReport {
  private ReleaseReport() {}

  public static String render(ReleaseScore score) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Merged releases: %d scored%n", score.releases()));
    out.append("\nBoundaries (start pages of logical documents after page 1, exact)\n");
    TextTable table = new TextTable(1, "release kind", "gold", "output", "tp", "fp", "fn", "precision", "recall");
    for (Map.Entry<String, SetScore> e : score.boundaries().entrySet()) {
      SetScore s = e.getValue();
      if (s.support() > 0 || e.getKey().equals("all")) {
        table.row(e.getKey(), n(s.tp() + s.fn()), n(s.tp() + s.fp()), n(s.tp()), n(s.fp()), n(s.fn()),
            d(s.precision()), d(s.recall()));
      }
    }
    out.append(table.render());
    out.append("\nThreads and logical documents\n");
    TextTable more = new TextTable(1, "metric", "value", "of");
    SetScore pairs = score.threadPairs();
    more.row("thread pair precision", d(pairs.precision()), n(pairs.tp() + pairs.fp()));
    more.row("thread pair recall", d(pairs.recall()), n(pairs.tp() + pairs.fn()));
    more.row("messages found (page and date)", d(score.messages().value()), n(score.messages().total()));
    more.row("logical document dates", d(score.dates().value()), n(score.dates().total()));
    more.row("logical document kinds", d(score.kinds().value()), n(score.kinds().total()));
    out.append(more.render());
    if (!score.boundaryMisses().isEmpty()) {
      out.append("\nBoundary misses (- missed, + invented)\n");
      score.boundaryMisses().forEach(m -> out.append("  ").append(m).append('\n'));
    }
    return out.toString();
  }

  private static String n(long v) {
    return Long.toString(v);
  }

  private static String d(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
