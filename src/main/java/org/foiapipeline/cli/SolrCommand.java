package org.foiapipeline.cli;

import java.util.concurrent.Callable;
import org.foiapipeline.index.SolrSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foia solr init}: makes a SolrCloud collection ready for {@code --solr ... --collection NAME}. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "Set up a SolrCloud collection for the index (then pass --solr and --collection to any command).",
    subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Upload FOIA Pipeline's configset (schema and analysis of the index) and create the collection.",
        "Running it again replaces the configset and leaves an existing collection as it is."
      })
  static final class Init implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--solr", required = true, paramLabel = "ZK_OR_URL",
        description = "ZooKeeper host:port[,host:port][/chroot] or a Solr node URL (http://host:8983/solr).")
    String solr;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "Collection to create.")
    String collection;

    @Option(names = "--shards", defaultValue = "1", description = "Shards (default ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", defaultValue = "1", description = "Copies of each shard (default ${DEFAULT-VALUE}).")
    int replicas;

    @Override
    public Integer call() throws Exception {
      SolrSetup.Outcome outcome = SolrSetup.init(solr, collection, shards, replicas);
      String what = switch (outcome) {
        case CREATED -> "created collection " + collection + " (" + shards + " shards x " + replicas + " replicas)";
        case EXISTS -> "collection " + collection + " exists; configset " + SolrSetup.CONFIGSET
            + " updated and the collection reloaded";
        case EXISTS_OLDER_SCHEMA -> "collection " + collection + " exists, made by an older foia: it keeps its"
            + " schema, so its page text has no redaction tokens and it holds no near-duplicate groups; for both,"
            + " create a new collection with foia solr init and ingest into it";
      };
      spec.commandLine().getOut().println("foia solr: " + what);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
