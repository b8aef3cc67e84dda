package org.foiapipeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.index.IndexTarget;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option every command shares, and {@code --solr ZK_OR_URL --collection NAME}, which
 * puts the index in a SolrCloud collection instead ({@code --index DIR} then only holds the ledger file and
 * temporary files of an ingest).
 */
public final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "foia-index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(
      names = "--solr",
      paramLabel = "ZK_OR_URL",
      description = "Use a SolrCloud collection instead of the index folder: ZooKeeper host:port[,host:port][/chroot] or a Solr URL.")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --solr).")
  String collection;

  public Path path() {
    return index;
  }

  /** The index folder, or the Solr collection when {@code --solr} is given. */
  public IndexTarget target() {
    if (solr == null) {
      if (collection != null) {
        throw new IllegalArgumentException("--collection needs --solr ZK_OR_URL");
      }
      return IndexTarget.folder(index);
    }
    return IndexTarget.solr(solr, collection);
  }

  /**
   * The index folder, for a command that works on the embedded index only.
   *
   * @throws IllegalArgumentException when {@code --solr} is given
   */
  public Path embedded(String command) {
    if (solr != null || collection != null) {
      throw new IllegalArgumentException("foia " + command + " works on the index folder only, not on a SolrCloud"
          + " collection yet: leave out --solr and --collection");
    }
    return index;
  }

  public IndexReaderPort openReader() throws IOException {
    return target().openReader();
  }
}
