package org.foiapipeline.index;

import java.io.IOException;
import java.nio.file.Path;
import org.foiapipeline.resolve.EntityNames;

/**
 * Where an index lives: an index folder (the embedded Lucene index, the default) or a SolrCloud collection.
 * Commands open readers and writers through it and never learn which engine answers.
 */
public final class IndexTarget {
  private final Path folder;
  private final String solrHosts;
  private final String collection;

  private IndexTarget(Path folder, String solrHosts, String collection) {
    this.folder = folder;
    this.solrHosts = solrHosts;
    this.collection = collection;
  }

  /** The embedded Lucene index in {@code folder}. */
  public static IndexTarget folder(Path folder) {
    return new IndexTarget(folder, null, null);
  }

  /**
   * A SolrCloud collection.
   *
   * @param hosts ZooKeeper ({@code zk1:2181,zk2:2181[/chroot]}) or Solr node URLs ({@code http://host:8983/solr})
   */
  public static IndexTarget solr(String hosts, String collection) {
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("--solr needs --collection NAME");
    }
    return new IndexTarget(null, hosts, collection);
  }

  public boolean isSolr() {
    return solrHosts != null;
  }

  public IndexReaderPort openReader() throws IOException {
    return isSolr() ? SolrIndexView.open(solrHosts, collection) : IndexView.open(folder);
  }

  public IndexWriterPort openWriter(EntityNames names) throws IOException {
    return isSolr() ? SolrIndexUpdater.open(solrHosts, collection, names) : IndexUpdater.open(folder, names);
  }

  /** For messages: the folder, or {@code solr:HOSTS/COLLECTION}. */
  @Override
  public String toString() {
    return isSolr() ? "Solr collection " + collection + " at " + solrHosts : folder.toString();
  }
}
