package org.foiapipeline.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * A client for one SolrCloud collection, found through ZooKeeper ({@code host:2181[,host2:2181][/chroot]}) or
 * through any Solr node's URL ({@code http://host:8983/solr}). Requests that fail because a node is down or a
 * leader is being elected are retried with back-off: every write of the index is idempotent, so a retry never
 * duplicates anything. A request that still fails becomes an {@link IOException} naming the collection.
 */
final class SolrConnection implements Closeable {
  /** Tries per request; with the back-off below, about half a minute for a new leader to take over. */
  static final int ATTEMPTS = 6;

  private final String hosts;
  private final String collection;
  private final SolrClient client;

  private SolrConnection(String hosts, String collection, SolrClient client) {
    this.hosts = hosts;
    this.collection = collection;
    this.client = client;
  }

  /** Connects; nothing is sent until the first request. */
  static SolrConnection open(String hosts, String collection) {
    if (hosts == null || hosts.isBlank()) {
      throw new IllegalArgumentException("--solr needs a ZooKeeper address (host:2181) or a Solr URL (http://host:8983/solr)");
    }
    if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException("--collection needs a Solr collection name (letters, digits, _ . -), got \"" + collection + "\"");
    }
    return new SolrConnection(hosts, collection, client(hosts.strip()));
  }

  @SuppressWarnings("deprecation") // the Apache HttpClient transport: the Jetty one would clash with the web app's Jetty
  private static SolrClient client(String hosts) {
    CloudLegacySolrClient.Builder builder;
    if (hosts.startsWith("http://") || hosts.startsWith("https://")) {
      builder = new CloudLegacySolrClient.Builder(Arrays.stream(hosts.split(",")).map(String::strip).toList());
    } else {
      int slash = hosts.indexOf('/');
      List<String> zk = Arrays.asList((slash < 0 ? hosts : hosts.substring(0, slash)).split(","));
      Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(hosts.substring(slash));
      builder = new CloudLegacySolrClient.Builder(zk, chroot);
    }
    return builder.withConnectionTimeout(15_000).withSocketTimeout(120_000).build();
  }

  String collection() {
    return collection;
  }

  /** {@code solr ZK_OR_URL collection NAME}, for messages. */
  String describe() {
    return "Solr collection " + collection + " at " + hosts;
  }

  SolrClient client() {
    return client;
  }

  QueryResponse query(SolrParams params) throws IOException {
    return call("search", () -> client.query(collection, params, SolrRequest.METHOD.POST));
  }

  NamedList<Object> request(String what, SolrRequest<?> request) throws IOException {
    return call(what, () -> client.request(request, collection));
  }

  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  /** Runs a request, retrying when the cluster cannot take it right now. */
  <T> T call(String what, Call<T> call) throws IOException {
    Exception last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return call.run();
      } catch (SolrException e) {
        if (!retriable(e)) {
          throw new IOException(what + " failed in " + describe() + ": " + firstLine(e.getMessage()), e);
        }
        last = e;
      } catch (SolrServerException | IOException | RuntimeException e) {
        last = e;
      }
      if (attempt + 1 < ATTEMPTS) {
        pause(attempt);
      }
    }
    throw new IOException(what + " failed in " + describe() + " after " + ATTEMPTS + " tries: "
        + firstLine(String.valueOf(last.getMessage())) + "; check that the cluster is up, then run the same command again", last);
  }

  /** Server errors (a node down, no leader yet) may pass; a bad request never will. */
  private static boolean retriable(SolrException e) {
    return e.code() >= 500 || e.code() <= 0;
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(500L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Solr", e);
    }
  }

  static String firstLine(String message) {
    return message == null ? "" : message.split("\n")[0];
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
